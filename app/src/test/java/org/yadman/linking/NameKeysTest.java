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

    /** The importer writes keys; the migration's backfill (the same method, for all assertions) restores lost ones. */
    @Test
    void importWritesKeysAndTheBackfillFillsAssertionsWithout() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            LinkFixtures.importBoth(db, dir);
            long keys = count(db);
            long names = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM assertion WHERE field IN ('given_name', 'surname', 'full_name')").mapTo(Long.class).one());
            assertThat(names).isEqualTo(36);
            assertThat(keys).isGreaterThanOrEqualTo(names);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM name_key WHERE assertion_id % 2 = 0"));
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                NameKeys.fill(c, null);
                c.commit();
            }
            assertThat(count(db)).isEqualTo(keys);
        }
    }

    private static long count(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM name_key").mapTo(Long.class).one());
    }
}
