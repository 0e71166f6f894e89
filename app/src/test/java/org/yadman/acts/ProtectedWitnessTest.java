package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.Role;
import org.yadman.evidence.BundleVerifier;
import org.yadman.evidence.BundleWriter;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.linkage.UncertainDate;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;
import org.yadman.web.Lang;

/**
 * A witness marked protected (through the workspace) is never identified on a public page, in a
 * case file or in a court bundle: their name, title and supplier are replaced by a pseudonym, and
 * their evidence is withheld, while the acts they tell of are shown.
 */
class ProtectedWitnessTest {
    private static final List<String> IDENTITY = List.of("Jane Witness-Name", "witness-jane", "Testimony of J.", "jane-testimony");

    @TempDir Path data;

    @Test
    void aProtectedWitnessIsOnNoPublicPageNoCaseFileAndNoBundle() throws Exception {
        LogKeys.init(data, "yadman.test/log");
        try (var site = RunningSite.start()) {
            var db = site.database();
            var f = new ActFixtures(db.jdbi());
            f.user("ina", Role.INVESTIGATOR);
            long list = f.source("list-a", "List A", "a committee", false);
            long witness = f.source("witness-jane", "Testimony of J.", "Jane Witness-Name", false);
            long v1 = f.victim(list, "A1", "حسین کریمی", "Hossein Karimi");
            long judge = f.perpetrator("قاضی آزمون", "Judge Test", list);
            long grave = db.jdbi().inTransaction(h -> Places.add(h, new Places.Input("grave_site", null, 35.6, 51.5, "خاوران", "Khavaran")));
            var items = new EvidenceItems(db.dataSource(), EvidenceStore.in(data));
            items.receive(new ByteArrayInputStream("I saw them taken".getBytes(StandardCharsets.UTF_8)), "jane-testimony.txt", "witness-jane",
                    null, "ina", ActFixtures.T0);
            items.receive(new ByteArrayInputStream("minutes".getBytes(StandardCharsets.UTF_8)), "minutes.txt", "list-a", null, "ina", ActFixtures.T0);

            var browser = new Browser(site);
            browser.signIn("ina", ActFixtures.PASSWORD);
            browser.get("/en/workspace/acts/sources");
            assertThat(browser.post("/en/workspace/acts/sources/" + witness + "/protect", Map.of()).statusCode()).isEqualTo(303);
            assertThat(f.count("SELECT count(*) FROM source WHERE protected")).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM audit_event WHERE action = 'source.protect' AND target_id = '" + witness + "'")).isEqualTo(1);

            db.jdbi().useTransaction(h -> {
                ActRecorder.record(h, new ActDraft(ActType.EXECUTION, UncertainDate.parse("Mordad 1367", UncertainDate.Calendar.SOLAR_HIJRI),
                        null, null, List.of(v1), List.of(new ActDraft.PerpetratorLink(judge, Involvement.ORDERED, "Judge")), witness, null, 2),
                        null, ActFixtures.T0);
                ActRecorder.record(h, new ActDraft(ActType.BURIAL, null, grave, null, List.of(v1), List.of(), witness, null, 3), null, ActFixtures.T0);
                GraveSites.record(h, grave, "reported", null, witness, null, null, null, ActFixtures.T0);
            });

            for (String path : List.of("/en/person/" + v1, "/fa/person/" + v1, "/en/sources", "/fa/sources", "/en/", "/fa/")) {
                String body = site.get(path).body();
                for (String secret : IDENTITY) assertThat(body).as(path).doesNotContain(secret);
            }
            assertThat(site.get("/en/source/" + witness).statusCode()).isEqualTo(404);
            assertThat(site.get("/en/person/" + v1).body()).contains("Execution", "Mordad 1367", "Protected witness W-" + witness, "Khavaran");
            assertThat(site.get("/fa/person/" + v1).body()).contains("اعدام", "شاهدِ حمایت‌شده", "خاوران");

            String page = browser.get("/en/workspace/cases/perpetrator/" + judge).body();
            for (Lang lang : Lang.values()) {
                CaseFile file = db.jdbi().withHandle(h -> CaseFile.build(h, CaseFile.Scope.perpetrator(judge), lang));
                String document = CaseDocument.html(file, lang, false);
                for (String secret : IDENTITY) assertThat(document).doesNotContain(secret);
                assertThat(file.withheldEvidence()).isEqualTo(1);
            }
            for (String secret : IDENTITY) assertThat(page).doesNotContain(secret);
            assertThat(page).contains("Protected witness W-" + witness, "1 evidence item(s) withheld");

            Path zip = data.resolve("case.zip");
            var writer = new BundleWriter(db.dataSource(), EvidenceStore.in(data), LogKeys.signer(data));
            CaseBundle.write(db.jdbi(), writer, CaseFile.Scope.perpetrator(judge), false, zip, ActFixtures.T0.plusSeconds(60));
            assertThat(BundleVerifier.verify(zip, null).problems()).isEmpty();
            try (var bag = new ZipFile(zip.toFile())) {
                for (var entry : Collections.list(bag.entries())) {
                    String text = new String(bag.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    for (String secret : IDENTITY) assertThat(entry.getName() + "\n" + text).as(entry.getName()).doesNotContain(secret);
                }
            }
            // The workspace, where investigators need it, still says who the witness is.
            assertThat(browser.get("/en/workspace/acts/sources").body()).contains("witness-jane");
        }
    }
}
