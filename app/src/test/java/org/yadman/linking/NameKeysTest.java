package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.linkage.names.NameDictionary;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

class NameKeysTest {
    @TempDir Path dir;

    @Test
    void spellingsAndScriptsShareKeysAndCompoundsMeet() {
        assertThat(NameKeys.of("Husayn")).isEqualTo(NameKeys.of("حسین")).isEqualTo(NameKeys.of("Hossein"));
        assertThat(NameKeys.of("Hassan")).doesNotContainAnyElementsOf(NameKeys.of("Hossein"));
        assertThat(NameKeys.of("Mohammad Reza")).containsAll(NameKeys.of("Mohammadreza"));
        assertThat(NameKeys.readingsOfQuery("Karimi, Husayn").get(0)).containsExactly(key("Karimi"), key("Hossein"));
        assertThat(NameKeys.readingsOfQuery(" , ")).isEmpty();
        assertThat(NameKeys.of("  ")).isEmpty();
    }

    @Test
    void compoundsWrittenJoinedOrSplitShareAKeyAndQueriesAreReadBothWays() {
        String gholamreza = key("Gholamreza");
        for (String spelling : List.of("Gholam Reza", "Gholam-Reza", "غلام\u200cرضا", "غلامرضا", "غلام رضا")) {
            assertThat(key(spelling)).as(spelling).isEqualTo(gholamreza);
        }
        assertThat(NameKeys.of("Gholam Reza Karimi")).as("adjacent words").contains(gholamreza, key("Gholam"), key("Karimi"));
        assertThat(NameKeys.readingsOfQuery("Gholam Reza Karimi")).contains(
                List.of(key("Gholam"), key("Reza"), key("Karimi")), List.of(gholamreza, key("Karimi")));
        assertThat(NameKeys.readingsOfQuery("a b c d e f g h i j k l")).as("grouping bounded").hasSizeLessThan(100);
    }

    private static String key(String name) {
        return NameDictionary.standard().resolve(name).key();
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

            // a migration that changes what a key is computes the records' keys again (V15)
            String before = db.jdbi().withHandle(h -> h.createQuery("SELECT string_agg((SELECT string_agg(k, '|' ORDER BY k)"
                    + " FROM unnest(name_keys) k), ';' ORDER BY id) FROM source_record").mapTo(String.class).one());
            db.jdbi().useHandle(h -> h.execute("UPDATE source_record SET name_keys = '{}'"));
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                assertThat(NameKeys.refillRecords(c)).isEqualTo(18);
                c.commit();
            }
            String after = db.jdbi().withHandle(h -> h.createQuery("SELECT string_agg((SELECT string_agg(k, '|' ORDER BY k)"
                    + " FROM unnest(name_keys) k), ';' ORDER BY id) FROM source_record").mapTo(String.class).one());
            assertThat(after).isEqualTo(before);

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
