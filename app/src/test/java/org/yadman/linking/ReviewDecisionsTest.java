package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** Decisions apply at once, are kept with who and when, bind later runs, and undo exactly. */
class ReviewDecisionsTest {
    @TempDir Path dir;

    /** A review pair as a run would queue it (the fixture's band depends on the trained model). */
    static long queue(Jdbi jdbi, long a, long b) {
        return jdbi.withHandle(h -> h.createQuery("""
                INSERT INTO review_pair (left_record_id, right_record_id, probability, match_weight, weights)
                VALUES (:l, :r, 0.3, -1.2, '[]') RETURNING id""")
                .bind("l", Math.min(a, b)).bind("r", Math.max(a, b)).mapTo(Long.class).one());
    }

    static long user(Jdbi jdbi, String name, Role role) {
        return new Users(jdbi).add(name, role, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant()).id();
    }

    @Test
    void acceptMergesNowBindsTheNextRunAndUndoSplitsAgain() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            var run = new LinkRun(db.jdbi(), Clock.systemUTC());
            run.run(LinkFixtures.options());
            long ana = user(db.jdbi(), "ana", Role.INVESTIGATOR);
            Map<String, Long> before = LinkFixtures.persons(db);
            assertThat(before.get("P10")).isNotEqualTo(before.get("L12"));
            long pair = queue(db.jdbi(), LinkFixtures.recordId(db, "P10"), LinkFixtures.recordId(db, "L12"));

            var decisions = new ReviewDecisions(db.jdbi(), Clock.systemUTC());
            long decision = decisions.decide(pair, ReviewDecisions.Decision.ACCEPTED, ana);
            Map<String, Long> merged = LinkFixtures.persons(db);
            assertThat(merged.get("L12")).isEqualTo(merged.get("P10"))
                    .isEqualTo(Math.min(before.get("P10"), before.get("L12")));
            db.jdbi().useHandle(h -> {
                assertThat(h.createQuery("SELECT status || ' ' || decided_by FROM review_pair WHERE id = :id").bind("id", pair)
                        .mapTo(String.class).one()).isEqualTo("accepted " + ana);
                assertThat(h.createQuery("SELECT count(*) FROM audit_event WHERE action = 'review.accepted' AND user_id = :u")
                        .bind("u", ana).mapTo(Long.class).one()).isEqualTo(1);
                assertThat(h.createQuery("SELECT count(*) FROM record_link WHERE decided_by = 'reviewer' AND decided_by_user = :u"
                        + " AND superseded_at IS NULL").bind("u", ana).mapTo(Long.class).one()).isEqualTo(1);
            });

            assertThat(run.run(LinkFixtures.options()).linksChanged()).as("the next run keeps the accepted pair").isZero();
            assertThat(LinkFixtures.persons(db)).isEqualTo(merged);

            decisions.undo(decision, ana);
            assertThat(LinkFixtures.persons(db)).isEqualTo(before);
            String status = db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM review_pair WHERE id = :id").bind("id", pair)
                    .mapTo(String.class).one());
            assertThat(status).isEqualTo("open");
            assertThat(run.run(LinkFixtures.options()).linksChanged()).as("undone: the model's view again").isZero();
        }
    }

    @Test
    void rejectSplitsNowBindsTheNextRunAndUndoMergesAgain() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            var run = new LinkRun(db.jdbi(), Clock.systemUTC());
            run.run(LinkFixtures.options());
            long ana = user(db.jdbi(), "ana", Role.INVESTIGATOR);
            Map<String, Long> linked = LinkFixtures.persons(db);
            assertThat(linked.get("P1")).isEqualTo(linked.get("L1"));
            long pair = queue(db.jdbi(), LinkFixtures.recordId(db, "P1"), LinkFixtures.recordId(db, "L1"));

            var decisions = new ReviewDecisions(db.jdbi(), Clock.systemUTC());
            long decision = decisions.decide(pair, ReviewDecisions.Decision.REJECTED, ana);
            Map<String, Long> split = LinkFixtures.persons(db);
            assertThat(split.get("P1")).as("the smaller id stays with one side").isEqualTo(linked.get("P1"));
            assertThat(split.get("L1")).isNotEqualTo(split.get("P1"));

            run.run(LinkFixtures.options());
            Map<String, Long> afterRun = LinkFixtures.persons(db);
            assertThat(afterRun.get("L1")).as("the next run keeps the rejected pair apart").isNotEqualTo(afterRun.get("P1"));
            assertThat(afterRun.get("L3")).isEqualTo(afterRun.get("P3"));

            decisions.undo(decision, ana);
            Map<String, Long> undone = LinkFixtures.persons(db);
            assertThat(undone.get("L1")).isEqualTo(undone.get("P1")).isEqualTo(linked.get("P1"));
            assertThat(decisions.latestUndoable()).isEmpty();
        }
    }

    /**
     * A reject splits a person with the latest run's duplicate-free sources: «حسن کریمی» (P9), moved
     * by hand onto the person of «حسین کریمی» (P1) and "Hossein Karimi" (L1), scores higher with P1
     * (same list, same spelling) than with L1, yet the run was told that list names each person once.
     */
    @Test
    void rejectSplitKeepsTheRunsDuplicateFreeSourcesApart() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            new LinkRun(db.jdbi(), Clock.systemUTC()).run(LinkFixtures.options());
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT duplicate_free_sources::text FROM link_run")
                    .mapTo(String.class).one());
            assertThat(stored).as("stored with the run").isEqualTo("[\"persian_list\", \"latin_list\"]");
            long ana = user(db.jdbi(), "ana", Role.INVESTIGATOR);
            Map<String, Long> linked = LinkFixtures.persons(db);
            long p9 = LinkFixtures.recordId(db, "P9");
            db.jdbi().useTransaction(h -> Relinking.write(h,
                    List.of(new Relinking.Change(p9, linked.get("P9"), linked.get("P1"), null)),
                    new Relinking.Decider("reviewer", ana, null), Clock.systemUTC().instant()));
            assertThat(LinkFixtures.persons(db).get("P9")).isEqualTo(linked.get("P1")).isEqualTo(linked.get("L1"));
            long pair = queue(db.jdbi(), LinkFixtures.recordId(db, "P1"), LinkFixtures.recordId(db, "L1"));

            new ReviewDecisions(db.jdbi(), Clock.systemUTC()).decide(pair, ReviewDecisions.Decision.REJECTED, ana);
            Map<String, Long> split = LinkFixtures.persons(db);
            assertThat(split.get("L1")).isNotEqualTo(split.get("P1"));
            assertThat(split.get("P9")).as("two records of the duplicate-free Persian list").isNotEqualTo(split.get("P1"));
        }
    }

    @Test
    void skipChangesNoLink() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            long ana = user(db.jdbi(), "ana", Role.ADMIN);
            Map<String, Long> before = LinkFixtures.persons(db);
            long pair = queue(db.jdbi(), LinkFixtures.recordId(db, "P7"), LinkFixtures.recordId(db, "L11"));
            new ReviewDecisions(db.jdbi(), Clock.systemUTC()).decide(pair, ReviewDecisions.Decision.SKIPPED, ana);
            assertThat(LinkFixtures.persons(db)).isEqualTo(before);
            assertThat(new ReviewQueue(db.jdbi()).pair(null)).get().extracting(ReviewQueue.Pair::status).isEqualTo("skipped");
        }
    }
}
