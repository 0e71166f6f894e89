package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.Role;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.evidence.LogVerifier;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/**
 * An imported list that names prisons and dates of execution yields proposed execution acts at
 * the gazetteer's prisons (matched on any spelling); the reviewed list is saved all or nothing,
 * each act sourced on its record, and the import's own log leaf stays valid.
 */
class ProposedExecutionsTest {
    private static final String MAPPING = """
            id: record_id
            script: mixed
            calendar: solar_hijri
            columns:
              name: {kind: full_name, order: either}
              prison: prison
              death: death_date
            """;

    @TempDir Path data;

    @Test
    void proposalsFromAListAreReviewedAndSavedAllOrNothing() throws Exception {
        var logKey = LogKeys.init(data, "yadman.test/log");
        try (var site = RunningSite.start()) {
            var db = site.database();
            var f = new ActFixtures(db.jdbi());
            f.user("ina", Role.INVESTIGATOR);
            long evin = f.prison("اوین", "Evin");
            Path csv = Files.writeString(data.resolve("list.csv"), """
                    record_id,name,prison,death
                    X1,حسین کریمی,اوین,۱۳۶۷/۰۵/۰۶
                    X2,Ali Rezaei,Evin,1367/05/10
                    X3,Reza Ahmadi,Nowhere,1367/06/01
                    X4,Maryam Ahmadi,Evin,
                    """);
            Importer.run(db, ImportRequest.of(csv, "list-x", Mapping.parse(MAPPING)));
            Map<String, Long> person = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT r.record_key, l.person_id FROM source_record r JOIN record_link l ON l.source_record_id = r.id""")
                    .setMapKeyColumn("record_key").setMapValueColumn("person_id").collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, Long>>() {}));

            var browser = new Browser(site);
            browser.signIn("ina", ActFixtures.PASSWORD);
            String page = browser.get("/en/workspace/acts/proposals").body();
            assertThat(page).contains(choice(person.get("X1")), choice(person.get("X2")), "Nowhere", "prison not in the gazetteer")
                    .doesNotContain("Maryam Ahmadi");
            assertThat(page).doesNotContain(choice(person.get("X3")));

            var refused = browser.post("/en/workspace/acts/proposals", Map.of("person", person.get("X3").toString(), "credibility", "3"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("person " + person.get("X3"), "Nowhere");
            assertThat(f.count("SELECT count(*) FROM act")).isZero();

            String form = "csrf=" + browser.csrf() + "&person=" + person.get("X1") + "&person=" + person.get("X2") + "&credibility=%DB%B3";
            var saved = site.send(browser.request("/en/workspace/acts/proposals").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(f.count("SELECT count(*) FROM act WHERE type = 'execution' AND place_id = " + evin)).isEqualTo(2);
            assertThat(f.count("""
                    SELECT count(*) FROM act a JOIN act_victim v ON v.act_id = a.id JOIN act_source s ON s.act_id = a.id
                    JOIN record_link l ON l.person_id = v.person_id AND l.source_record_id = s.source_record_id
                    WHERE a.date_earliest IN (DATE '1988-07-28', DATE '1988-08-01')""")).isEqualTo(2);
            assertThat(f.count("SELECT count(*) FROM assertion WHERE act_id IS NOT NULL AND credibility = 3")).isEqualTo(8);
            assertThat(browser.get("/en/workspace/acts/proposals").body()).contains("Nowhere")
                    .doesNotContain(choice(person.get("X1")));
            assertThat(LogVerifier.verify(db.dataSource(), logKey, EvidenceStore.in(data)).problems()).isEmpty();
        }
    }

    private static String choice(long person) {
        return "name=\"person\" value=\"" + person + "\"";
    }
}
