package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.Role;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/** The review queue over the real server: read, decide with csrf, undo; analysts only read. */
class ReviewPageTest {
    @TempDir Path dir;

    @Test
    void investigatorAcceptsAndUndoesAnalystOnlyReads() throws Exception {
        try (var site = RunningSite.start()) {
            var db = site.database();
            LinkFixtures.importBoth(db, dir);
            new LinkRun(db.jdbi(), Clock.systemUTC()).run(LinkFixtures.options());
            ReviewDecisionsTest.user(db.jdbi(), "ana", Role.INVESTIGATOR);
            ReviewDecisionsTest.user(db.jdbi(), "rana", Role.ANALYST);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM review_pair WHERE status = 'open'"));
            long pair = ReviewDecisionsTest.queue(db.jdbi(), LinkFixtures.recordId(db, "P10"), LinkFixtures.recordId(db, "L12"));
            var before = LinkFixtures.persons(db);

            var analyst = new Browser(site);
            analyst.signIn("rana", "a long enough passphrase");
            String page = analyst.get("/en/workspace/review").body();
            assertThat(page).contains("P10").contains("L12").contains("مهدی").contains("Parviz").doesNotContain("review-accept");
            assertThat(analyst.post("/en/workspace/review/" + pair, Map.of("decision", "accept")).statusCode()).isEqualTo(403);
            assertThat(LinkFixtures.persons(db)).isEqualTo(before);

            var investigator = new Browser(site);
            investigator.signIn("ana", "a long enough passphrase");
            page = investigator.get("/fa/workspace/review").body();
            assertThat(page).contains("accesskey=\"a\"").contains("accesskey=\"r\"").contains("accesskey=\"s\"")
                    .contains("<script type=\"module\" src=\"/static/review.js\"></script>")
                    .contains("سهم هر مقایسه").contains("نام پدر")
                    .contains("<dt>first</dt><dd>Parviz</dd>").contains("<dt>تاریخ اعدام</dt><dd>1367/05/20</dd>");
            assertThat(investigator.postExactly("/en/workspace/review/" + pair, Map.of("decision", "accept")).statusCode())
                    .as("no csrf, no decision").isEqualTo(403);
            assertThat(investigator.post("/en/workspace/review/" + pair, Map.of("decision", "accept")).statusCode()).isEqualTo(303);
            var merged = LinkFixtures.persons(db);
            assertThat(merged.get("L12")).isEqualTo(merged.get("P10"));
            page = investigator.get("/en/workspace/review").body();
            assertThat(page).contains("No pair is waiting").contains("Accepted: same person").contains("ana");

            assertThat(investigator.post("/en/workspace/review/undo/latest", Map.of()).statusCode()).isEqualTo(303);
            assertThat(LinkFixtures.persons(db)).isEqualTo(before);
            assertThat(investigator.get("/en/workspace/review").body()).contains("undone").contains("P10");
            assertThat(site.get("/static/review.js").body()).contains("data-key");
        }
    }
}
