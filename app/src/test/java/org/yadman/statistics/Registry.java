package org.yadman.statistics;

import org.jdbi.v3.core.Jdbi;

/** Writes registry rows directly, so a test knows exactly which persons are on which sources. */
final class Registry {
    private final Jdbi jdbi;
    private int nextKey;

    Registry(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long source(String name) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("INSERT INTO source (name) VALUES (?)").bind(0, name)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count) VALUES (?, ?, 'x', '{}', 0)",
                    id, name + ".csv");
            return id;
        });
    }

    long person() {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO person DEFAULT VALUES")
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** A record of {@code source} linked to {@code person} (a current link). */
    long record(String source, long person) {
        int key = ++nextKey;
        return jdbi.withHandle(h -> {
            long record = h.createUpdate("""
                    INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                    SELECT s.id, b.id, :key, :row, '{}', '{}' FROM source s JOIN import_batch b ON b.source_id = s.id
                    WHERE s.name = :source""").bind("key", String.valueOf(key)).bind("row", key).bind("source", source)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES (?, ?, 'import')", record, person);
            return record;
        });
    }

    /** A person on every source whose flag is 1 (flags in the order of {@code sources}). */
    long personOn(String[] sources, int... flags) {
        long person = person();
        for (int j = 0; j < flags.length; j++) if (flags[j] == 1) record(sources[j], person);
        return person;
    }

    /** {@code count} persons on the sources flagged 1, each with the fact {@code field} = {@code value} (null for none). */
    void people(String[] sources, int[] flags, int count, String field, String value) {
        jdbi.useTransaction(h -> {
            for (int i = 0; i < count; i++) {
                long person = h.createUpdate("INSERT INTO person DEFAULT VALUES").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                for (int j = 0; j < flags.length; j++) {
                    if (flags[j] == 0) continue;
                    int key = ++nextKey;
                    h.execute("""
                            WITH r AS (INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                                       SELECT s.id, b.id, ?, ?, '{}', '{}' FROM source s JOIN import_batch b ON b.source_id = s.id
                                       WHERE s.name = ? RETURNING id)
                            INSERT INTO record_link (source_record_id, person_id, decided_by) SELECT id, ?, 'import' FROM r""",
                            String.valueOf(key), key, sources[j], person);
                }
                if (value != null) {
                    h.execute("INSERT INTO assertion (person_id, field, value, normalised) VALUES (?, ?, ?, ?)",
                            person, field, value, value.toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
    }

    void fact(long person, String field, String value) {
        jdbi.useHandle(h -> h.execute("INSERT INTO assertion (person_id, field, value, normalised) VALUES (?, ?, ?, ?)",
                person, field, value, value.toLowerCase(java.util.Locale.ROOT)));
    }
}
