package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assertions added or retracted outside an import are leaves written with them; log verify names
 * an assertion edited, deleted, inserted or retracted behind the application's back.
 */
class AssertionLogTest {
    @TempDir Path dir;

    private static long count(LogFixture f, String sql) {
        return f.db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static long addOnX1(LogFixture f) {
        return f.db.jdbi().inTransaction(h -> {
            long record = h.createQuery("SELECT id FROM source_record WHERE record_key = 'X1'").mapTo(Long.class).one();
            long person = h.createQuery("SELECT person_id FROM record_link WHERE source_record_id = ?").bind(0, record).mapTo(Long.class).one();
            long source = h.createQuery("SELECT source_id FROM source_record WHERE id = ?").bind(0, record).mapTo(Long.class).one();
            LoggedAssertions.NewAssertion fact = new LoggedAssertions.NewAssertion(person, null, "burial_place", "Khavaran", "latin", null,
                    "solar_hijri", 1367, 5, null, "about", LocalDate.of(1988, 7, 23), LocalDate.of(1988, 8, 22), null, null, null, null)
                    .from(source, record, 4, null);
            return LoggedAssertions.add(h, fact, LogFixture.T0.plusSeconds(30));
        });
    }

    @Test
    void addedAndRetractedAssertionsAreLeavesAndTheImportStillVerifies() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            long before = count(f, "SELECT count(*) FROM ledger_entry");
            long id = addOnX1(f);
            assertThat(count(f, "SELECT count(*) FROM ledger_entry WHERE kind = 'assertion_added' AND target_id = " + id)).isEqualTo(1);
            f.db.jdbi().useTransaction(h -> LoggedAssertions.retract(h, id, null, "the witness corrected it", LogFixture.T0.plusSeconds(60)));
            assertThat(count(f, "SELECT count(*) FROM ledger_entry")).isEqualTo(before + 2);
            // An imported assertion retracted through the application: its own leaf, the import's leaf unchanged.
            long imported = count(f, "SELECT min(id) FROM assertion");
            f.db.jdbi().useTransaction(h -> LoggedAssertions.retract(h, imported, null, "duplicate", LogFixture.T0.plusSeconds(90)));
            assertThat(f.verify().problems()).as("an assertion about an imported record is not the import's").isEmpty();
            assertThatThrownBy(() -> f.db.jdbi().useTransaction(h -> LoggedAssertions.retract(h, id, null, "again", LogFixture.T0)))
                    .hasMessageContaining("already retracted");
        }
    }

    @Test
    void aFailedTransactionLeavesNeitherRowNorLeaf() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            long leaves = count(f, "SELECT count(*) FROM ledger_entry");
            long rows = count(f, "SELECT count(*) FROM assertion");
            assertThatThrownBy(() -> f.db.jdbi().useTransaction(h -> {
                LoggedAssertions.add(h, LoggedAssertions.NewAssertion.about(1L, null, "note", "written, then rolled back"), LogFixture.T0);
                throw new IllegalStateException("the reviewer's request failed later");
            })).hasMessageContaining("failed later");
            assertThat(count(f, "SELECT count(*) FROM ledger_entry")).isEqualTo(leaves);
            assertThat(count(f, "SELECT count(*) FROM assertion")).isEqualTo(rows);
            assertThat(f.verify().problems()).isEmpty();
        }
    }

    @Test
    void anEditedLoggedAssertionIsNamed() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            long id = addOnX1(f);
            f.sql("UPDATE assertion SET value = 'Evin' WHERE id = " + id);
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("(assertion_added, assertion " + id + ")").contains("the assertion row changed after it was logged");
        }
    }

    @Test
    void aDeletedLoggedAssertionIsNamed() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            long id = addOnX1(f);
            f.sql("DELETE FROM assertion WHERE id = " + id);
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("assertion " + id).contains("the row was deleted after it was logged");
        }
    }

    @Test
    void anAssertionWrittenOutsideTheLogIsNamed() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            long id = count(f, "INSERT INTO assertion (person_id, field, value) VALUES (1, 'note', 'slipped in') RETURNING id");
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("assertion " + id + " has no assertion_added leaf");
        }
    }

    @Test
    void anAssertionRetractedOutsideTheLogIsNamed() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            long imported = count(f, "SELECT min(id) FROM assertion");
            f.sql("UPDATE assertion SET retracted_at = now(), retraction_reason = 'quietly' WHERE id = " + imported);
            assertThat(f.verify().problems()).singleElement().asString()
                    .contains("assertion " + imported + " is retracted but has no assertion_retracted leaf");
        }
    }
}
