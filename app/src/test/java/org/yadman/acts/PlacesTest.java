package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.Role;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.evidence.LogVerifier;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/**
 * The gazetteer through the workspace forms (Persian digits in coordinates, a hierarchy without
 * cycles) and a grave site's dated status history with the evidence for each status, logged.
 */
class PlacesTest {
    @TempDir Path data;

    @Test
    void placesAreAddedAndEditedAndAGraveSiteKeepsADatedStatusHistoryWithEvidence() throws Exception {
        var logKey = LogKeys.init(data, "yadman.test/log");
        try (var site = RunningSite.start()) {
            var db = site.database();
            var f = new ActFixtures(db.jdbi());
            f.user("ina", Role.INVESTIGATOR);
            f.user("ana", Role.ANALYST);
            long source = f.source("report-1", "Report on the site", "a rights group", false);
            long photo = new EvidenceItems(db.dataSource(), EvidenceStore.in(data)).receive(
                    new ByteArrayInputStream("a photograph".getBytes(StandardCharsets.UTF_8)), "site.jpg", "report-1", null, "ina", ActFixtures.T0);

            var ina = new Browser(site);
            ina.signIn("ina", ActFixtures.PASSWORD);
            ina.get("/fa/workspace/places");
            var city = ina.post("/fa/workspace/places", Map.of("kind", "city", "persian", "تهران", "english", "Tehran",
                    "latitude", "۳۵٫۶۸۹۲", "longitude", "۵۱٫۳۸۹"));
            assertThat(city.statusCode()).isEqualTo(303);
            long tehran = Long.parseLong(city.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
            var grave = ina.post("/en/workspace/places", Map.of("kind", "grave_site", "persian", "خاوران", "english", "Khavaran",
                    "parent", Long.toString(tehran), "latitude", "35.619", "longitude", "51.533"));
            long khavaran = Long.parseLong(grave.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
            assertThat(f.count("SELECT count(*) FROM place WHERE id = " + tehran + " AND latitude = 35.6892 AND longitude = 51.389")).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM place_name WHERE place_id = " + khavaran)).isEqualTo(2);

            var cycle = ina.post("/en/workspace/places/" + tehran, Map.of("kind", "city", "english", "Tehran", "parent", Long.toString(khavaran)));
            assertThat(cycle.statusCode()).isEqualTo(400);
            assertThat(cycle.body()).contains("parent", "no cycles");
            var badLatitude = ina.post("/en/workspace/places", Map.of("kind", "city", "english", "Nowhere", "latitude", "95", "longitude", "1"));
            assertThat(badLatitude.body()).contains("latitude 95.0 is not in -90..90");
            assertThat(f.count("SELECT count(*) FROM place")).isEqualTo(2);
            assertThat(ina.post("/en/workspace/places/" + khavaran, Map.of("kind", "grave_site", "persian", "گورستان خاوران",
                    "english", "Khavaran cemetery", "parent", Long.toString(tehran))).statusCode()).isEqualTo(303);

            assertThat(ina.post("/en/workspace/places/" + khavaran + "/status", Map.of("status", "reported", "asOf", "شهریور ۱۳۶۷",
                    "source", Long.toString(source), "credibility", "2")).statusCode()).isEqualTo(303);
            assertThat(ina.post("/en/workspace/places/" + khavaran + "/status", Map.of("status", "destroyed", "asOf", "2009",
                    "source", Long.toString(source), "evidence", Long.toString(photo), "note", "bulldozed", "credibility", "2")).statusCode())
                    .isEqualTo(303);
            assertThat(ina.post("/en/workspace/places/" + tehran + "/status", Map.of("status", "reported", "source", Long.toString(source),
                    "credibility", "2")).body()).contains("is a city, not a grave site");
            assertThat(f.count("SELECT count(*) FROM grave_site_status WHERE place_id = " + khavaran)).isEqualTo(2);
            assertThat(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'grave_status_recorded'")).isEqualTo(2);

            var ana = new Browser(site);
            ana.signIn("ana", ActFixtures.PASSWORD);
            String page = ana.get("/en/workspace/places/" + khavaran).body();
            assertThat(page).contains("Khavaran cemetery", "Tehran", "reported", "شهریور ۱۳۶۷", "destroyed", "bulldozed", "report-1")
                    .doesNotContain("status-form");
            assertThat(page.indexOf("reported")).isLessThan(page.indexOf("destroyed"));
            assertThat(ana.get("/fa/workspace/places").body()).contains("گورستان خاوران", "dir=\"rtl\"");
            assertThat(LogVerifier.verify(db.dataSource(), logKey, EvidenceStore.in(data)).problems()).isEmpty();
        }
    }
}
