package org.yadman.acts;

import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.linkage.PersianText;

/**
 * Registry rows for acts tests: a source, victims as an import would leave them (a record, names,
 * a publication), a perpetrator, a prison, users. Every write that the app logs is made through the
 * app's own classes, so the evidence log stays consistent.
 */
final class ActFixtures {
    static final String PASSWORD = "a long enough passphrase";
    static final Instant T0 = Instant.parse("2026-11-29T03:00:00Z");

    private final Jdbi jdbi;

    ActFixtures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long user(String name, Role role) {
        return new Users(jdbi).add(name, role, PASSWORD, new PasswordHasher(), Clock.systemUTC().instant()).id();
    }

    long source(String name, String title, String suppliedBy, boolean isProtected) {
        return jdbi.withHandle(h -> h.createQuery("""
                INSERT INTO source (name, title, supplied_by, reliability, protected) VALUES (:n, :t, :s, 'B', :p) RETURNING id""")
                .bind("n", name).bind("t", title).bind("s", suppliedBy).bind("p", isProtected).mapTo(Long.class).one());
    }

    /** A victim with one record (key) in the source, named in both scripts, and published. */
    long victim(long sourceId, String key, String persian, String latin) {
        return jdbi.inTransaction(h -> {
            long person = h.createQuery("INSERT INTO person DEFAULT VALUES RETURNING id").mapTo(Long.class).one();
            long batch = h.createQuery("""
                    INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count)
                    VALUES (:s, 'test.csv', encode(sha256(convert_to(random()::text, 'UTF8')), 'hex'), '{}', 1) RETURNING id""").bind("s", sourceId).mapTo(Long.class).one();
            int row = 0;
            for (String[] name : new String[][] {{persian, "persian"}, {latin, "latin"}}) {
                long record = h.createQuery("""
                        INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                        VALUES (:s, :b, :k, :row, '{}', '{}') RETURNING id""").bind("s", sourceId).bind("b", batch)
                        .bind("k", key + "-" + name[1]).bind("row", ++row).mapTo(Long.class).one();
                h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES (?, ?, 'import')", record, person);
                name(h, person, sourceId, record, name[0], name[1]);
            }
            EventLog.append(h, EventKind.IMPORT, batch);
            long publication = h.createQuery("INSERT INTO publication (person_id, basis) VALUES (:p, 'public_record') RETURNING id")
                    .bind("p", person).mapTo(Long.class).one();
            EventLog.append(h, EventKind.PUBLISHED, publication);
            return person;
        });
    }

    private static void name(Handle h, long person, long source, long record, String value, String script) {
        h.createUpdate("""
                INSERT INTO assertion (person_id, field, value, script, normalised, source_id, source_record_id, credibility)
                VALUES (:p, 'full_name', :v, :script, :n, :s, :r, 3)""")
                .bind("p", person).bind("v", value).bind("script", script).bind("n", PersianText.normalise(value))
                .bind("s", source).bind("r", record).execute();
    }

    long perpetrator(String persian, String english, long sourceId) {
        return jdbi.inTransaction(h -> Perpetrators.create(h, persian, english, sourceId, 2, null, T0));
    }

    long prison(String persian, String english) {
        return jdbi.inTransaction(h -> Places.add(h, new Places.Input("prison", null, 35.79, 51.38, persian, english)));
    }

    long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
