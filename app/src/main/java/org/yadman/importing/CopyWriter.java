package org.yadman.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes imported rows with PostgreSQL COPY inside the import's transaction: per row one
 * source_record (with its facts and search forms), one person and one record_link. Rows are buffered in chunks
 * (one connection can run one COPY at a time) and sent table by table in foreign-key order by a
 * second thread while the next chunk is built, so PostgreSQL and the reader work at the same
 * time and memory stays at two chunks whatever the file's size. Ids come from the tables' sequences.
 */
final class CopyWriter {
    private static final int CHUNK_ROWS = 5_000;
    /** Ids are reserved in blocks this large: reserving needs the connection, so it waits for the COPY in flight. */
    private static final int ID_BLOCK = 50_000;
    private static final String COPY_PERSON = "COPY person (id) FROM STDIN";
    private static final String COPY_RECORD = "COPY source_record (id, source_id, import_id, record_key, row_number, raw,"
            + " facts, search_names, name_keys) FROM STDIN";
    private static final String COPY_LINK = "COPY record_link (source_record_id, person_id, decided_by) FROM STDIN";
    private final Connection connection;
    private final CopyManager copy;
    private final long sourceId;
    private final long importId;
    private final StringBuilder persons = new StringBuilder(1 << 16);
    private final StringBuilder records = new StringBuilder(1 << 20);
    private final StringBuilder links = new StringBuilder(1 << 16);
    private final RecordJson json = new RecordJson();
    private final SearchForms search = new SearchForms();
    private final long[] personIds = new long[ID_BLOCK];
    private final long[] recordIds = new long[ID_BLOCK];
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "yadman-import-copy");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;
    private int chunkRows;
    private int idsLeft;
    private long factCount;

    CopyWriter(Connection connection, long sourceId, long importId) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sourceId = sourceId;
        this.importId = importId;
    }

    long factCount() {
        return factCount;
    }

    void add(long rowNumber, String recordKey, List<String> headers, List<String> fields, List<Fact> facts)
            throws SQLException, IOException {
        if (idsLeft == 0) reserveIds();
        long personId = personIds[ID_BLOCK - idsLeft];
        long recordId = recordIds[ID_BLOCK - idsLeft];
        idsLeft--;

        persons.append(personId).append('\n');
        records.append(recordId).append('\t').append(sourceId).append('\t').append(importId).append('\t');
        text(records, recordKey).append('\t').append(rowNumber).append('\t');
        text(records, json.raw(headers, fields)).append('\t');
        text(records, json.facts(facts)).append('\t');
        text(records, search.names(facts)).append('\t');
        text(records, search.keys(facts)).append('\n');
        links.append(recordId).append('\t').append(personId).append("\timport\n");
        factCount += facts.size();
        if (++chunkRows == CHUNK_ROWS) flush();
    }

    /**
     * Hands the buffered chunk to the sending thread, after the chunk before it has been sent:
     * the next chunk is built while this one is copied, and at most two are in memory.
     */
    void flush() throws SQLException, IOException {
        if (chunkRows == 0) return;
        byte[][] tables = {bytes(persons), bytes(records), bytes(links)};
        chunkRows = 0;
        awaitInFlight();
        inFlight = sender.submit(() -> {
            send(COPY_PERSON, tables[0]);
            send(COPY_RECORD, tables[1]);
            send(COPY_LINK, tables[2]);
            return null;
        });
    }

    /** Sends what is left and waits until everything is in the database (not yet committed). */
    void finish() throws SQLException, IOException {
        flush();
        awaitInFlight();
    }

    /** Stops the sending thread; waits for a COPY in flight so that the connection can roll back. */
    void close() {
        try {
            awaitInFlight();
        } catch (SQLException | IOException | RuntimeException e) {
            // the import is failing already for another reason, which is the one to report
        } finally {
            sender.shutdownNow();
        }
    }

    private void awaitInFlight() throws SQLException, IOException {
        if (inFlight == null) return;
        Future<?> pending = inFlight;
        inFlight = null;
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing to the database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) throw sql;
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IOException(e.getCause());
        }
    }

    private static byte[] bytes(StringBuilder rows) {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        return bytes;
    }

    private void send(String sql, byte[] bytes) throws SQLException {
        if (bytes.length == 0) return;
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /** Takes the next ID_BLOCK ids of person and source_record (unique even with concurrent imports). */
    private void reserveIds() throws SQLException, IOException {
        awaitInFlight();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT nextval('person_id_seq'), nextval('source_record_id_seq') FROM generate_series(1, ?)")) {
            s.setInt(1, ID_BLOCK);
            try (ResultSet r = s.executeQuery()) {
                for (int i = 0; r.next(); i++) {
                    personIds[i] = r.getLong(1);
                    recordIds[i] = r.getLong(2);
                }
            }
        }
        idsLeft = ID_BLOCK;
    }

    /** COPY text format: backslash escapes for backslash, tab, newline and carriage return; \N for null. */
    private static StringBuilder text(StringBuilder out, String s) {
        if (s == null) return out.append("\\N");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
