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
import org.yadman.web.Lang;

/**
 * Correcting an act's date, place or type: what the act shows (and the period, map and timeline
 * queries read) follows the correction, the replaced assertion stays retracted with the reason,
 * the act row and its leaf stay as first recorded, and the whole log still verifies.
 */
class ActCorrectionTest {
    @TempDir Path data;

    @Test
    void aCorrectedDateMovesTheActAndKeepsWhatWasFirstRecorded() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            var logKey = LogKeys.init(data, "yadman.test/log");
            var f = new ActFixtures(db.jdbi());
            long source = f.source("list-a", "List A", "a committee", false);
            long witness = f.source("witness", "A witness", "a family", false);
            long victim = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long evin = f.prison("اوین", "Evin");
            long gohardasht = f.prison("گوهردشت", "Gohardasht");
            var draft = new ActDraft(ActType.EXECUTION, UncertainDate.parse("1367/05/06", UncertainDate.Calendar.SOLAR_HIJRI), evin, null,
                    List.of(victim), List.of(), source, null, 3);
            long act = db.jdbi().inTransaction(h -> ActRecorder.record(h, draft, null, ActFixtures.T0));
            long firstDate = f.count("SELECT id FROM assertion WHERE act_id = " + act + " AND field = 'date'");

            var on = new Fact.Provenance(witness, 2, null, ActFixtures.T0.plusSeconds(60));
            long corrected = db.jdbi().inTransaction(h -> ActRecorder.correct(h, act, "date", "۱۳۶۷/۰۶/۱۰", "the family holds the death certificate", on));
            db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "place", Long.toString(gohardasht), "moved before the execution", on));

            var shown = db.jdbi().withHandle(h -> ActQueries.load(h, List.of(act), Lang.EN)).get(0);
            assertThat(shown.dateText()).isEqualTo("۱۳۶۷/۰۶/۱۰");
            assertThat(shown.earliest()).isEqualTo(LocalDate.of(1988, 9, 1));
            assertThat(shown.placeId()).isEqualTo(gohardasht);
            List<Long> july = db.jdbi().withHandle(h -> ActQueries.inPeriod(h, LocalDate.of(1988, 7, 1), LocalDate.of(1988, 7, 31)));
            List<Long> september = db.jdbi().withHandle(h -> ActQueries.inPeriod(h, LocalDate.of(1988, 9, 1), LocalDate.of(1988, 9, 30)));
            assertThat(july).isEmpty();
            assertThat(september).containsExactly(act);

            assertThat(f.count("SELECT count(*) FROM assertion WHERE id = " + firstDate
                    + " AND retraction_reason = 'corrected by assertion " + corrected + ": the family holds the death certificate'")).isOne();
            assertThat(f.count("SELECT count(*) FROM act WHERE id = " + act + " AND date_earliest = DATE '1988-07-28' AND place_id = " + evin))
                    .as("the act row stays as first recorded").isOne();
            assertThat(f.count("SELECT count(*) FROM act_source WHERE act_id = " + act + " AND source_id = " + witness)).isOne();
            assertThat(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'assertion_retracted' AND target_id = " + firstDate)).isOne();
            assertThat(LogVerifier.verify(db.dataSource(), logKey, EvidenceStore.in(data)).problems()).isEmpty();

            // retracting the standing date leaves the act's date unknown, not the first one again
            db.jdbi().useTransaction(h -> ActRecorder.retract(h, corrected, "the certificate is a forgery", null, ActFixtures.T0.plusSeconds(120)));
            var undated = db.jdbi().withHandle(h -> ActQueries.load(h, List.of(act), Lang.EN)).get(0);
            assertThat(undated.dateText()).isNull();
            assertThat(undated.earliest()).isNull();
        }
    }

    @Test
    void aCorrectionNeedsAValidValueAndAReasonAndLeavesNoTraceOtherwise() {
        try (Database db = TestDatabases.fresh()) {
            var f = new ActFixtures(db.jdbi());
            long source = f.source("list-a", "List A", "a committee", false);
            long victim = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long act = db.jdbi().inTransaction(h -> ActRecorder.record(h,
                    new ActDraft(ActType.ARREST, null, null, null, List.of(victim), List.of(), source, null, 3), null, ActFixtures.T0));
            long assertions = f.count("SELECT count(*) FROM assertion");
            long leaves = f.count("SELECT count(*) FROM ledger_entry");
            var on = new Fact.Provenance(source, 3, null, ActFixtures.T0);

            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "date", "1367/13/40", "typo", on)))
                    .isInstanceOf(InputProblem.class).hasMessageStartingWith("date: ");
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "type", "execution", " ", on)))
                    .isInstanceOf(InputProblem.class).hasMessage("reason: a correction needs a reason");
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "type", "beheading", "typo", on)))
                    .isInstanceOf(InputProblem.class).hasMessageStartingWith("type: ");
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "place", "999999", "typo", on)))
                    .isInstanceOf(InputProblem.class).hasMessage("place: no place with id 999999");
            assertThatThrownBy(() -> db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "victim", "1", "typo", on)))
                    .isInstanceOf(InputProblem.class).hasMessageStartingWith("field: ");
            assertThat(f.count("SELECT count(*) FROM assertion")).isEqualTo(assertions);
            assertThat(f.count("SELECT count(*) FROM ledger_entry")).isEqualTo(leaves);

            db.jdbi().useTransaction(h -> ActRecorder.correct(h, act, "type", "detention", "he was held, not arrested, that day", on));
            assertThat(db.jdbi().withHandle(h -> ActQueries.load(h, List.of(act), Lang.EN)).get(0).type()).isEqualTo("detention");
        }
    }
}
