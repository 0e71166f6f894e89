package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

class LinkRunTest {
    @TempDir Path dir;

    @Test
    void variantsAcrossScriptsJoinAndNamesakesStayApart() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            Map<String, Long> before = LinkFixtures.persons(db);
            LinkRun.Result result = new LinkRun(db.jdbi(), Clock.systemUTC()).run(LinkFixtures.options());
            Map<String, Long> p = LinkFixtures.persons(db);
            assertThat(result.records()).isEqualTo(18);
            for (String n : List.of("1", "2", "3", "4", "5", "6")) {
                assertThat(p.get("L" + n)).as("P" + n + " and L" + n).isEqualTo(p.get("P" + n));
                // the surviving person is the smaller of the two original ids (the Persian list came first)
                assertThat(p.get("P" + n)).isEqualTo(Math.min(before.get("P" + n), before.get("L" + n)));
            }
            assertThat(p.get("P1")).as("namesakes with different fathers and cities").isNotEqualTo(p.get("P2"));
            assertThat(p.get("P9")).as("Hassan is not Hossein").isNotEqualTo(p.get("P1"));
            for (String alone : List.of("P7", "P8", "P10", "L11", "L12")) {
                assertThat(p.get(alone)).isEqualTo(before.get(alone));
            }
            assertThat(result.linksChanged()).isEqualTo(6);
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("SELECT count(*) FROM record_link WHERE decided_by = 'model' AND superseded_at IS NULL"
                        + " AND link_run_id = :r AND probability >= 0.5").bind("r", result.runId()).mapTo(Long.class).one()).isEqualTo(6);
                assertThat(h.createQuery("SELECT count(*) FROM record_link WHERE superseded_at IS NOT NULL").mapTo(Long.class).one()).isEqualTo(6);
                assertThat(h.createQuery("SELECT records FROM link_run").mapTo(Integer.class).one()).isEqualTo(18);
            });
            // a second run on the same data changes nothing
            LinkRun.Result again = new LinkRun(db.jdbi(), Clock.systemUTC()).run(LinkFixtures.options());
            assertThat(again.linksChanged()).isZero();
            assertThat(LinkFixtures.persons(db)).isEqualTo(p);
        }
    }

    @Test
    void aRunFailingMidWayLeavesNoTrace() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            var snapshot = snapshot(db);
            LinkRun.Options failing = new LinkRun.Options(List.of(), List.of(), 0.5, 0.1, null, "test", stage -> {
                if (stage.equals("links written")) throw new IllegalStateException("disk full (simulated)");
            });
            assertThatThrownBy(() -> new LinkRun(db.jdbi(), Clock.systemUTC()).run(failing)).hasMessageContaining("disk full");
            assertThat(snapshot(db)).isEqualTo(snapshot);
        }
    }

    @Test
    void anUnknownSourceIsRefusedByName() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            var options = new LinkRun.Options(List.of("no_such_list"), List.of(), 0.5, 0.1, null, "test", null);
            assertThatThrownBy(() -> new LinkRun(db.jdbi(), Clock.systemUTC()).run(options)).hasMessageContaining("no_such_list");
        }
    }

    static List<Object> snapshot(Database db) {
        return db.jdbi().withHandle(h -> List.of(
                h.createQuery("SELECT source_record_id, person_id, superseded_at IS NULL AS current FROM record_link ORDER BY id").mapToMap().list(),
                h.createQuery("SELECT count(*) FROM person").mapTo(Long.class).one(),
                h.createQuery("SELECT count(*) FROM link_run").mapTo(Long.class).one(),
                h.createQuery("SELECT count(*) FROM review_pair").mapTo(Long.class).one()));
    }
}
