package org.yadman.atlas;

import java.time.LocalDate;
import org.yadman.linkage.PersianText;
import org.yadman.store.Database;

/**
 * Registry rows for atlas tests, written with SQL as the acts workspace would write them:
 * persons with a name, places with names and coordinates, acts with victims, death dates.
 */
final class AtlasRows {
    private final Database db;
    private final long source;

    AtlasRows(Database db) {
        this.db = db;
        this.source = db.jdbi().withHandle(h -> h.createQuery(
                "INSERT INTO source (name, title, reliability) VALUES ('atlas-test', 'Atlas test list', 'B') RETURNING id")
                .mapTo(Long.class).one());
    }

    /** A person with one source record holding a full name; not published. */
    long person(String fullName) {
        return db.jdbi().inTransaction(h -> {
            long person = h.createQuery("INSERT INTO person DEFAULT VALUES RETURNING id").mapTo(Long.class).one();
            long batch = h.createQuery("""
                    INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count)
                    VALUES (:s, 'atlas.csv', md5(random()::text), '{}', 1) RETURNING id""").bind("s", source).mapTo(Long.class).one();
            long record = h.createQuery("""
                    INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                    VALUES (:s, :b, :k, 1, '{}', '{}') RETURNING id""").bind("s", source).bind("b", batch)
                    .bind("k", "P" + person).mapTo(Long.class).one();
            h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES (?, ?, 'import')", record, person);
            h.createUpdate("""
                    INSERT INTO assertion (person_id, field, value, script, normalised, source_id, source_record_id, credibility)
                    VALUES (:p, 'full_name', :v, :script, :n, :s, :r, 3)""").bind("p", person).bind("v", fullName)
                    .bind("script", PersianText.script(fullName).name().toLowerCase()).bind("n", PersianText.normalise(fullName))
                    .bind("s", source).bind("r", record).execute();
            return person;
        });
    }

    long published(String fullName) {
        long id = person(fullName);
        publish(id);
        return id;
    }

    void publish(long person) {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO publication (person_id, basis) VALUES (?, 'public_record')", person));
    }

    void withdraw(long person) {
        db.jdbi().useHandle(h -> h.execute("UPDATE publication SET withdrawn_at = now() WHERE person_id = ? AND withdrawn_at IS NULL", person));
    }

    void deathDate(long person, String asWritten, LocalDate earliest, LocalDate latest) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO assertion (person_id, field, value, date_earliest, date_latest, source_id, credibility)
                VALUES (:p, 'death_date', :v, :e, :l, :s, 3)""").bind("p", person).bind("v", asWritten).bind("e", earliest)
                .bind("l", latest).bind("s", source).execute());
    }

    long place(String kind, Double lat, Double lon, String... names) {
        return db.jdbi().inTransaction(h -> {
            long id = h.createQuery("INSERT INTO place (kind, latitude, longitude) VALUES (:k, :lat, :lon) RETURNING id")
                    .bind("k", kind).bind("lat", lat).bind("lon", lon).mapTo(Long.class).one();
            for (String name : names) {
                h.execute("INSERT INTO place_name (place_id, name, script, normalised) VALUES (?, ?, ?, ?)", id, name,
                        PersianText.script(name).name().toLowerCase(), PersianText.normalise(name));
            }
            return id;
        });
    }

    void status(long place, String status, String asOf, LocalDate earliest) {
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO grave_site_status (place_id, status, as_of_text, as_of_earliest, as_of_latest, source_id)
                VALUES (?, ?, ?, ?, ?, ?)""", place, status, asOf, earliest, earliest, source));
    }

    /** An act of the type at the place between the two days (either may be null), with its victims. */
    long act(String type, Long place, LocalDate earliest, LocalDate latest, long... victims) {
        return db.jdbi().inTransaction(h -> {
            long act = h.createQuery("""
                    INSERT INTO act (type, place_id, date_earliest, date_latest) VALUES (:t, :p, :e, :l) RETURNING id""")
                    .bind("t", type).bind("p", place).bind("e", earliest).bind("l", latest).mapTo(Long.class).one();
            for (long v : victims) h.execute("INSERT INTO act_victim (act_id, person_id) VALUES (?, ?)", act, v);
            return act;
        });
    }
}
