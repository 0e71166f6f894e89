package org.yadman.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yadman.testing.TestDatabases;

/**
 * Records and links have their parents checked once per statement instead of row by row (V16).
 * The checks must refuse everything the foreign keys they replace refused, for a bulk COPY-sized
 * statement as for a single row, and the parents they rely on can never be taken away.
 */
class RegistryParentChecksTest {
    private Database db;
    private Handle h;
    private long source;
    private long otherSource;
    private long batch;

    @BeforeEach
    void registryWithOneImport() {
        db = TestDatabases.fresh();
        h = db.jdbi().open();
        source = id("INSERT INTO source (name) VALUES ('list') RETURNING id");
        otherSource = id("INSERT INTO source (name) VALUES ('other list') RETURNING id");
        batch = id("INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count)"
                + " VALUES (" + source + ", 'list.csv', 'x', '{}', 1) RETURNING id");
    }

    @AfterEach
    void close() {
        h.close();
        db.close();
    }

    @Test
    void recordsOfAnExistingImportAndLinksToExistingParentsAreAccepted() {
        h.execute("INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, facts)"
                + " SELECT " + source + ", " + batch + ", 'R' || i, i, '{}', '[]' FROM generate_series(1, 5000) i");
        h.execute("INSERT INTO person (id) SELECT nextval('person_id_seq') FROM generate_series(1, 5000)");
        h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by)"
                + " SELECT r.id, p.id, 'import' FROM (SELECT id, row_number() OVER (ORDER BY id) n FROM source_record) r"
                + " JOIN (SELECT id, row_number() OVER (ORDER BY id) n FROM person) p USING (n)");
        assertThat(id("SELECT count(*) FROM record_link")).isEqualTo(5000);
    }

    @Test
    void aRecordOfAMissingImportIsRefusedWithEveryOtherRowOfItsStatement() {
        assertThatThrownBy(() -> h.execute("INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, facts)"
                + " SELECT " + source + ", CASE WHEN i = 4000 THEN 999 ELSE " + batch + " END, 'R' || i, i, '{}', '[]'"
                + " FROM generate_series(1, 5000) i"))
                .hasMessageContaining("names import batch 999").hasMessageContaining("there is no such import batch")
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503")); // foreign_key_violation, as before
        assertThat(id("SELECT count(*) FROM source_record")).isZero();
    }

    @Test
    void aRecordNamingAnImportOfAnotherSourceIsRefused() {
        assertThatThrownBy(() -> h.execute("INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, facts)"
                + " VALUES (" + otherSource + ", " + batch + ", 'R1', 1, '{}', '[]')"))
                .hasMessageContaining("names import batch " + batch + " of source " + otherSource);
    }

    @Test
    void aLinkToAMissingRecordOrPersonIsRefused() {
        long record = id("INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, facts)"
                + " VALUES (" + source + ", " + batch + ", 'R1', 1, '{}', '[]') RETURNING id");
        long person = id("INSERT INTO person DEFAULT VALUES RETURNING id");
        assertThatThrownBy(() -> h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES ("
                + (record + 1) + ", " + person + ", 'import')")).hasMessageContaining("names source_record " + (record + 1));
        assertThatThrownBy(() -> h.execute("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES ("
                + record + ", " + (person + 1) + ", 'import')")).hasMessageContaining("names person " + (person + 1));
        assertThat(id("SELECT count(*) FROM record_link")).isZero();
    }

    @Test
    void parentsAreNeverDeletedNorRepointedButALinkCanBeSuperseded() {
        long record = id("INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, facts)"
                + " VALUES (" + source + ", " + batch + ", 'R1', 1, '{}', '[]') RETURNING id");
        long person = id("INSERT INTO person DEFAULT VALUES RETURNING id");
        long other = id("INSERT INTO person DEFAULT VALUES RETURNING id");
        long link = id("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES ("
                + record + ", " + person + ", 'import') RETURNING id");

        assertThatThrownBy(() -> h.execute("DELETE FROM person WHERE id = " + other)).hasMessageContaining("delete of person " + other + " refused");
        assertThatThrownBy(() -> h.execute("DELETE FROM source_record")).hasMessageContaining("delete of source_record");
        assertThatThrownBy(() -> h.execute("DELETE FROM import_batch")).hasMessageContaining("delete of import_batch");
        assertThatThrownBy(() -> h.execute("UPDATE source_record SET import_id = import_id + 1")).hasMessageContaining("update of source_record");
        assertThatThrownBy(() -> h.execute("UPDATE record_link SET person_id = " + other)).hasMessageContaining("update of record_link " + link);

        h.execute("UPDATE record_link SET superseded_at = now() WHERE id = " + link);
        h.execute("UPDATE source_record SET name_keys = '{K}'");
        h.execute("UPDATE import_batch SET row_count = 2");
        assertThat(id("SELECT count(*) FROM record_link WHERE superseded_at IS NOT NULL")).isEqualTo(1);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) return sql.getSQLState();
        }
        return null;
    }

    private long id(String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }
}
