package org.yadman.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.evidence.LogVerifier;
import org.yadman.testing.TestDatabases;

/**
 * A registry written before V16 keeps a valid log after the upgrade: its import's leaf committed to
 * each record's raw row as jsonb printed it, and V16 turns the column into json holding that very
 * text, so the records part recomputes to the same Merkle root.
 */
class UpgradeKeepsTheLogValidTest {
    @Test
    void anImportLoggedBeforeV16VerifiesAfterTheUpgrade() throws Exception {
        String url = TestDatabases.emptyUrl();
        HikariDataSource before = new HikariDataSource();
        before.setJdbcUrl(url);
        before.setUsername("postgres");
        try (before) {
            Flyway.configure().dataSource(before).locations("classpath:db/migration").target("15").load().migrate();
            try (Connection c = before.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO source (id, name) VALUES (1, 'old list')");
                s.execute("INSERT INTO import_batch (id, source_id, file_name, content_sha256, mapping, row_count)"
                        + " VALUES (1, 1, 'old.csv', '" + "ab".repeat(32) + "', '{}', 2)");
                // as the importer wrote them then: raw a jsonb object (its keys end up sorted by length), facts arrays
                s.execute("INSERT INTO source_record (id, source_id, import_id, record_key, row_number, raw, facts) VALUES"
                        + " (1, 1, 1, 'R1', 1, '{\"record_id\": \"R1\", \"name\": \"حسین کریمی\", \"city\": \"Tehran\"}', '[[\"full_name\", \"حسین کریمی\", \"persian\", \"حسین کریمی\"]]'),"
                        + " (2, 1, 1, 'R2', 2, '{\"record_id\": \"R2\", \"name\": \"Ali \\\\\\\"Rezaei\\\\\\\"\", \"city\": \"\"}', '[]')");
                s.execute("INSERT INTO person (id) VALUES (1), (2)");
                s.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES (1, 1, 'import'), (2, 2, 'import')");
                EventLog.append(c, EventKind.IMPORT, 1);
                c.commit();
            }
            assertThat(LogVerifier.verify(before, null, null).problems()).isEmpty();
        }
        try (Database after = Database.external(url, "postgres", "")) {
            String type = after.jdbi().withHandle(h -> h.createQuery(
                    "SELECT data_type FROM information_schema.columns WHERE table_name = 'source_record' AND column_name = 'raw'").mapTo(String.class).one());
            assertThat(type).isEqualTo("json");
            assertThat(LogVerifier.verify(after.dataSource(), null, null).problems()).isEmpty();
            // and a change to an upgraded row is still caught
            after.jdbi().useHandle(h -> h.execute("UPDATE source_record SET raw = '{\"record_id\": \"R1\"}' WHERE id = 1"));
            assertThat(LogVerifier.verify(after.dataSource(), null, null).problems()).singleElement().asString().contains("records digest");
        }
    }
}
