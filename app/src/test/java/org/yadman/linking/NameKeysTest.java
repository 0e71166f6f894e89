package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

class NameKeysTest {
    @TempDir Path dir;

    @Test
    void spellingsAndScriptsShareKeysAndCompoundsMeet() {
        assertThat(NameKeys.of("Husayn")).isEqualTo(NameKeys.of("حسین")).isEqualTo(NameKeys.of("Hossein"));
        assertThat(NameKeys.of("Hassan")).doesNotContainAnyElementsOf(NameKeys.of("Hossein"));
        assertThat(NameKeys.of("Mohammad Reza")).containsAll(NameKeys.of("Mohammadreza"));
        assertThat(NameKeys.ofQuery("Karimi, Husayn")).hasSize(2);
        assertThat(NameKeys.of("  ")).isEmpty();
    }

    /** Imported records carry their keys; the backfill (the V8 migration's method) gives assertion rows theirs. */
    @Test
    void importedRecordsCarryKeysAndTheBackfillFillsAssertionsWithout() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            long withoutKeys = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM source_record WHERE cardinality(name_keys) = 0").mapTo(Long.class).one());
            assertThat(withoutKeys).isZero();
            // every record's keys are exactly the keys of its name facts
            var records = db.jdbi().withHandle(h -> h.createQuery("""
                    SELECT array_to_string(name_keys, '|') AS keys, (SELECT array_agg(f->>1) FROM jsonb_array_elements(facts) f
                           WHERE f->>0 IN ('given_name', 'surname', 'full_name')) AS names FROM source_record""")
                    .map((rs, ctx) -> java.util.Map.entry(rs.getString("keys"), java.util.List.of((String[]) rs.getArray("names").getArray())))
                    .list());
            assertThat(records).hasSize(18);
            for (var record : records) {
                java.util.Set<String> expected = new java.util.LinkedHashSet<>();
                record.getValue().forEach(name -> expected.addAll(NameKeys.of(name)));
                assertThat(java.util.Set.of(record.getKey().split("\\|"))).as(record.getValue().toString()).isEqualTo(expected);
            }

            long person = db.jdbi().withHandle(h -> h.createQuery("INSERT INTO person DEFAULT VALUES RETURNING id").mapTo(Long.class).one());
            db.jdbi().useHandle(h -> h.execute("INSERT INTO assertion (person_id, field, value, normalised) VALUES (?, 'given_name', 'Husayn', 'husayn')", person));
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                assertThat(NameKeys.fill(c)).isEqualTo(NameKeys.of("Husayn").size());
                c.commit();
            }
            assertThat(count(db)).isEqualTo(NameKeys.of("Husayn").size());
        }
    }

    private static long count(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM name_key").mapTo(Long.class).one());
    }
}
