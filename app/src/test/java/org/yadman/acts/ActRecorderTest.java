package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.evidence.EvidenceStore;
import org.yadman.evidence.LogKeys;
import org.yadman.evidence.LogVerifier;
import org.yadman.linkage.UncertainDate;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/** Recording an act writes assertions and log leaves in one transaction; retraction keeps the assertion; bad input writes nothing. */
class ActRecorderTest {
    @TempDir Path data;

    @Test
    void anActIsAssertionsWithLeavesAndARetractionTakesAVictimOffWithoutDeletingAnything() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            var logKey = LogKeys.init(data, "yadman.test/log");
            var f = new ActFixtures(db.jdbi());
            long source = f.source("list-a", "List A", "a committee", false);
            long v1 = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long v2 = f.victim(source, "A2", "علی رضایی", "Ali Rezaei");
            long judge = f.perpetrator("قاضی آزمون", "Judge Test", source);
            long evin = f.prison("اوین", "Evin");
            var draft = new ActDraft(ActType.EXECUTION, UncertainDate.parse("۱۳۶۷/۰۵/۰۶", UncertainDate.Calendar.SOLAR_HIJRI), evin, null,
                    List.of(v1, v2), List.of(new ActDraft.PerpetratorLink(judge, Involvement.ORDERED, "Judge of the commission")), source, null, 2);
            long leavesBefore = f.count("SELECT count(*) FROM ledger_entry");
            long act = db.jdbi().inTransaction(h -> ActRecorder.record(h, draft, null, ActFixtures.T0));

            assertThat(f.count("SELECT count(*) FROM act WHERE id = " + act + " AND date_earliest = DATE '1988-07-28' AND date_calendar = 'solar_hijri'"))
                    .isEqualTo(1);
            List<String> fields = db.jdbi().withHandle(h -> h.createQuery("SELECT field FROM assertion WHERE act_id = :a ORDER BY id")
                    .bind("a", act).mapTo(String.class).list());
            assertThat(fields).containsExactly("type", "date", "place", "victim", "victim", "perpetrator");
            assertThat(f.count("SELECT count(*) FROM assertion WHERE act_id = " + act + " AND source_id = " + source + " AND credibility = 2"
                    + " AND source_record_id IS NULL")).isEqualTo(6);
            // one leaf for the act, one per assertion
            assertThat(f.count("SELECT count(*) FROM ledger_entry") - leavesBefore).isEqualTo(7);
            assertThat(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'act_recorded' AND target_id = " + act)).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM act_victim WHERE act_id = " + act)).isEqualTo(2);
            assertThat(f.count("SELECT count(*) FROM act_perpetrator WHERE act_id = " + act
                    + " AND role = 'Judge of the commission' AND involvement = 'ordered' AND person_id = " + judge)).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM act_source WHERE act_id = " + act + " AND source_id = " + source)).isEqualTo(1);

            long victimAssertion = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM assertion WHERE act_id = :a AND field = 'victim' AND value = :v").bind("a", act).bind("v", Long.toString(v2))
                    .mapTo(Long.class).one());
            db.jdbi().useTransaction(h -> ActRecorder.retract(h, victimAssertion, "another list shows he was released", null, ActFixtures.T0));
            assertThat(f.count("SELECT count(*) FROM act_victim WHERE act_id = " + act)).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM assertion WHERE id = " + victimAssertion + " AND retracted_at IS NOT NULL")).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'assertion_retracted' AND target_id = " + victimAssertion)).isEqualTo(1);

            LogVerifier.Report report = LogVerifier.verify(db.dataSource(), logKey, EvidenceStore.in(data));
            assertThat(report.problems()).isEmpty();
            List<Long> summer = db.jdbi().withHandle(h -> ActQueries.inPeriod(h, LocalDate.of(1988, 7, 1), LocalDate.of(1988, 8, 31)));
            assertThat(summer).containsExactly(act);
        }
    }

    @Test
    void badInputNamesTheFieldAndLeavesNoTrace() {
        try (Database db = TestDatabases.fresh()) {
            var f = new ActFixtures(db.jdbi());
            long source = f.source("list-a", "List A", "a committee", false);
            long v1 = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long leaves = f.count("SELECT count(*) FROM ledger_entry");
            var unknownVictim = new ActDraft(ActType.ARREST, null, null, null, List.of(v1, 999_999L), List.of(), source, null, 3);
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.record(h, unknownVictim, null, ActFixtures.T0)))
                    .isInstanceOf(InputProblem.class).hasMessage("victims: no person with id 999999");
            var notAPerpetrator = new ActDraft(ActType.ARREST, null, null, null, List.of(v1),
                    List.of(new ActDraft.PerpetratorLink(v1, Involvement.COMMITTED, "guard")), source, null, 3);
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.record(h, notAPerpetrator, null, ActFixtures.T0)))
                    .isInstanceOf(InputProblem.class).hasMessageStartingWith("perpetrators: no perpetrator");
            assertThatThrownBy(() -> new ActDraft(ActType.ARREST, null, null, null, List.of(v1), List.of(), source, null, 7))
                    .isInstanceOf(InputProblem.class).hasMessageContaining("credibility 7");
            assertThat(f.count("SELECT count(*) FROM act")).isZero();
            assertThat(f.count("SELECT count(*) FROM assertion WHERE act_id IS NOT NULL")).isZero();
            assertThat(f.count("SELECT count(*) FROM ledger_entry")).isEqualTo(leaves);
        }
    }
}
