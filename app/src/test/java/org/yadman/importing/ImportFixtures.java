package org.yadman.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.yadman.store.Database;

/** Shared pieces of the import tests: a small mapping and a check that nothing was written. */
final class ImportFixtures {
    private ImportFixtures() {}

    static final String YAML = """
            id: record_id
            script: mixed
            calendar: solar_hijri
            source:
              title: Test list
              reliability: C
            columns:
              name: {kind: full_name, order: either}
              death: death_date
              notes: {kind: notes, patronymic: true}
            """;

    static Mapping mapping() {
        return Mapping.parse(YAML);
    }

    static final String[] TABLES = {"source", "import_batch", "source_record", "person", "record_link", "assertion"};

    static void assertNothingWritten(Database db) {
        db.jdbi().useHandle(h -> {
            for (String table : TABLES) {
                assertThat(h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one()).as(table).isZero();
            }
        });
    }

    static Map<String, Long> counts(Database db) {
        return db.jdbi().withHandle(h -> {
            var counts = new java.util.LinkedHashMap<String, Long>();
            for (String table : TABLES) counts.put(table, h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
            return counts;
        });
    }
}
