package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.evidence.EvidenceItems;
import org.yadman.evidence.EvidenceStore;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/**
 * An investigator builds and publishes an exhibition in the workspace; an analyst cannot; the
 * public sees it in both languages, and a withdrawn publication takes the person and photo off.
 */
class ExhibitionPagesTest {
    private static final String PASSPHRASE = "a long enough passphrase";
    @TempDir Path data;

    @Test
    void investigatorPublishesThePublicSeesOnlyPublishedPersonsAndAnalystsCannotPublish() throws Exception {
        try (var site = RunningSite.start()) {
            var db = site.database();
            var users = new Users(db.jdbi());
            users.add("ana", Role.INVESTIGATOR, PASSPHRASE, new PasswordHasher(), Instant.now());
            users.add("rana", Role.ANALYST, PASSPHRASE, new PasswordHasher(), Instant.now());
            var rows = new AtlasRows(db);
            long shown = rows.published("Ali Rahimi");
            long later = rows.published("Reza Karimi");
            long unpublished = rows.person("Hidden Person");

            var analyst = new Browser(site);
            analyst.signIn("rana", PASSPHRASE);
            assertThat(analyst.get("/en/workspace/exhibitions").body()).contains("may read exhibitions but not change");
            assertThat(analyst.post("/en/workspace/exhibitions", Map.of("title_en", "X", "title_fa", "ایکس")).statusCode()).isEqualTo(403);

            var investigator = new Browser(site);
            investigator.signIn("ana", PASSPHRASE);
            investigator.get("/en/workspace/exhibitions");
            assertThat(investigator.post("/en/workspace/exhibitions", Map.of("title_en", "Portraits", "title_fa", "")).body())
                    .contains("a title in English and in Persian");
            HttpResponse<String> created = investigator.post("/en/workspace/exhibitions",
                    Map.of("title_en", "Teachers", "title_fa", "آموزگاران", "intro_en", "Teachers killed in 1988.", "intro_fa", "آموزگارانی که در ۶۷ کشته شدند."));
            assertThat(created.statusCode()).isEqualTo(303);
            String path = created.headers().firstValue("Location").orElseThrow();
            long exhibition = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            investigator.get(path);
            assertThat(investigator.post(path + "/items", Map.of("person", Long.toString(unpublished))).body())
                    .contains("Only a published person can be shown");
            investigator.post(path + "/items", Map.of("person", persian(shown), "biography_en", "A maths teacher from Rasht.",
                    "biography_fa", "آموزگار ریاضی از رشت."));
            investigator.post(path + "/items", Map.of("person", Long.toString(later), "biography_en", "A student."));
            assertThat(site.get("/en/exhibitions").body()).doesNotContain("Teachers"); // a draft is not public
            assertThat(site.get("/en/exhibition/" + exhibition).statusCode()).isEqualTo(404);
            investigator.get(path);
            assertThat(investigator.post(path + "/publish", Map.of()).statusCode()).isEqualTo(303);

            long item = new Exhibitions(db.jdbi()).items(exhibition).get(0).id();
            EvidenceStore store = EvidenceStore.in(data);
            long original = new EvidenceItems(db.dataSource(), store).receive(new ByteArrayInputStream(TestPhotos.jpegWithGps()),
                    "ali.jpg", "family archive", null, "ana", Instant.now());
            new PhotoPublisher(db.dataSource(), store, new Exhibitions(db.jdbi())).publish(item, original, "ana", Instant.now());

            assertThat(site.get("/en/exhibitions").body()).contains("Teachers").contains("2 persons");
            String en = site.get("/en/exhibition/" + exhibition).body();
            assertThat(en).contains("Ali Rahimi").contains("A maths teacher from Rasht.").contains("Reza Karimi")
                    .contains("<img src=\"/en/exhibition-photo/" + item + "\" alt=\"Photograph of Ali Rahimi\">");
            String fa = site.get("/fa/exhibition/" + exhibition).body();
            assertThat(fa).contains("dir=\"rtl\"").contains("آموزگاران").contains("آموزگار ریاضی از رشت.")
                    .contains("این سرگذشت هنوز به فارسی نوشته نشده است").contains("<p lang=\"en\" dir=\"ltr\">A student.</p>");
            var photo = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(site.baseUrl() + "/en/exhibition-photo/" + item)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(photo.statusCode()).isEqualTo(200);
            assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            PhotoPublisherTest.assertNoMetadata(photo.body());

            rows.withdraw(shown);
            assertThat(site.get("/en/exhibition/" + exhibition).body()).doesNotContain("Ali Rahimi").contains("Reza Karimi");
            assertThat(site.get("/en/exhibition-photo/" + item).statusCode()).isEqualTo(404);
            assertThat(site.get("/en/exhibitions").body()).contains("1 persons");

            investigator.get(path);
            investigator.post(path + "/withdraw", Map.of());
            assertThat(site.get("/en/exhibition/" + exhibition).statusCode()).isEqualTo(404);
            long audited = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM audit_event WHERE target_kind = 'exhibition' AND action IN ('create', 'publish', 'withdraw')")
                    .mapTo(Long.class).one());
            assertThat(audited).isEqualTo(3);

            // what the public was shown is kept and logged at each change: published, photograph added, withdrawn
            var states = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT s.action, jsonb_array_length(s.state->'items') AS items,
                           s.state->'items'->0->>'photo_published' AS photo, s.state->'exhibition'->>'withdrawn_at' AS withdrawn,
                           (SELECT count(*) FROM ledger_entry e WHERE e.kind = 'exhibition_state' AND e.target_id = s.id) AS leaves
                    FROM exhibition_state s WHERE s.exhibition_id = :e ORDER BY s.id""").bind("e", exhibition).mapToMap().list());
            assertThat(states).extracting(m -> m.get("action")).containsExactly("publish", "photo", "withdraw");
            assertThat(states).extracting(m -> ((Number) m.get("items")).intValue()).containsExactly(2, 2, 2);
            assertThat(states.get(0).get("photo")).isNull();
            assertThat(states.get(1).get("photo")).isNotNull();
            assertThat(states.get(2).get("withdrawn")).isNotNull();
            assertThat(states).allSatisfy(m -> assertThat(((Number) m.get("leaves")).longValue()).isEqualTo(1));
            // (this test's registry rows are written outside the log: only the exhibition's leaves are checked here)
            assertThat(exhibitionProblems(db)).isEmpty();
            db.jdbi().useHandle(h -> h.execute("UPDATE exhibition_state SET state = jsonb_set(state, '{items,0,biography_en}', '\"edited\"')"
                    + " WHERE action = 'publish'"));
            assertThat(exhibitionProblems(db)).singleElement().asString().contains("exhibition_state 1").contains("changed after it was logged");
        }
    }

    private static java.util.List<String> exhibitionProblems(org.yadman.store.Database db) throws java.sql.SQLException {
        return org.yadman.evidence.LogVerifier.verify(db.dataSource(), null, null).problems().stream()
                .filter(p -> p.contains("exhibition_state")).toList();
    }

    /** A person number typed with Persian digits, as a Persian keyboard gives it. */
    private static String persian(long id) {
        StringBuilder out = new StringBuilder();
        for (char c : Long.toString(id).toCharArray()) out.append((char) ('۰' + (c - '0')));
        return out.toString();
    }
}
