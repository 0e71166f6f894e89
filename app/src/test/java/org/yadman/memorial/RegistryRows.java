package org.yadman.memorial;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.yadman.linkage.PersianText;
import org.yadman.store.Database;

/**
 * Test data written straight into the registry tables, one row kind at a time, so page tests can
 * set up exactly the persons they need. (Production data arrives through the importer.)
 */
final class RegistryRows {
    private final Database db;

    RegistryRows(Database db) {
        this.db = db;
    }

    long source(String name, String title) {
        return db.jdbi().withHandle(h -> h.createQuery(
                "INSERT INTO source (name, title, supplied_by, reliability) VALUES (:n, :t, 'test', 'B') RETURNING id")
                .bind("n", name).bind("t", title).mapTo(Long.class).one());
    }

    /** A person with one record in the source; returns the person id. */
    long person(long sourceId, String recordKey, String... fieldValuePairs) {
        return db.jdbi().inTransaction(h -> {
            long person = h.createQuery("INSERT INTO person DEFAULT VALUES RETURNING id").mapTo(Long.class).one();
            record(h, person, sourceId, recordKey, fieldValuePairs);
            return person;
        });
    }

    /** Another record, in some source, linked to an existing person (as linkage would). */
    void addRecord(long personId, long sourceId, String recordKey, String... fieldValuePairs) {
        db.jdbi().useTransaction(h -> record(h, personId, sourceId, recordKey, fieldValuePairs));
    }

    private static void record(Handle h, long person, long sourceId, String recordKey, String... fieldValuePairs) {
        long batch = h.createQuery("""
                INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count)
                VALUES (:s, 'test.csv', md5(random()::text), '{}', 1) RETURNING id
                """).bind("s", sourceId).mapTo(Long.class).one();
        long record = h.createQuery("""
                INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                VALUES (:s, :b, :k, 1, '{}', '{}') RETURNING id
                """).bind("s", sourceId).bind("b", batch).bind("k", recordKey).mapTo(Long.class).one();
        h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES (?, ?, 'import')", record, person);
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            assertion(h, person, sourceId, record, fieldValuePairs[i], fieldValuePairs[i + 1], null, null);
        }
    }

    void date(long personId, String field, String asWritten, LocalDate earliest, LocalDate latest) {
        db.jdbi().useHandle(h -> {
            var ids = h.createQuery("SELECT source_id, source_record_id FROM assertion WHERE person_id = :p LIMIT 1")
                    .bind("p", personId).mapToMap().one();
            assertion(h, personId, ((Number) ids.get("source_id")).longValue(),
                    ((Number) ids.get("source_record_id")).longValue(), field, asWritten, earliest, latest);
        });
    }

    private static void assertion(Handle h, long person, long source, long record, String field, String value,
                                  LocalDate earliest, LocalDate latest) {
        boolean name = MemorialQueries.NAME_FIELDS.contains(field);
        h.createUpdate("""
                INSERT INTO assertion (person_id, field, value, script, normalised, date_earliest, date_latest,
                                       source_id, source_record_id, credibility)
                VALUES (:p, :f, :v, :script, :n, :e, :l, :s, :r, 3)
                """).bind("p", person).bind("f", field).bind("v", value)
                .bind("script", PersianText.script(value).name().toLowerCase())
                .bind("n", name ? PersianText.normalise(value) : null)
                .bind("e", earliest).bind("l", latest).bind("s", source).bind("r", record).execute();
    }

    void publish(long personId) {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO publication (person_id, basis) VALUES (?, 'public_record')", personId));
    }

    /** Publishes the person with the named fields held back from public pages. */
    void publishRedacting(long personId, String redactedFieldsJson) {
        db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO publication (person_id, basis, redactions) VALUES (?, 'consent', ?::jsonb)", personId, redactedFieldsJson));
    }

    void withdraw(long personId) {
        db.jdbi().useHandle(h -> h.execute("UPDATE publication SET withdrawn_at = now() WHERE person_id = ?", personId));
    }

    void retract(long personId, String field) {
        db.jdbi().useHandle(h -> h.execute(
                "UPDATE assertion SET retracted_at = now(), retraction_reason = 'test' WHERE person_id = ? AND field = ?",
                personId, field));
    }
}
