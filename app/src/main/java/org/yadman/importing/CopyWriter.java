package org.yadman.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.yadman.linkage.UncertainDate;

/**
 * Writes imported rows with PostgreSQL COPY inside the import's transaction: per row one
 * source_record, one person, one record_link and its assertions. Rows are buffered in chunks
 * (one connection can run one COPY at a time) and flushed table by table in foreign-key order,
 * so memory stays at one chunk whatever the file's size. Ids come from the tables' sequences.
 */
final class CopyWriter {
    private static final int CHUNK_ROWS = 5_000;
    private static final String COPY_PERSON = "COPY person (id) FROM STDIN";
    private static final String COPY_RECORD = "COPY source_record (id, source_id, import_id, record_key, row_number, raw, normalised) FROM STDIN";
    private static final String COPY_LINK = "COPY record_link (source_record_id, person_id, decided_by) FROM STDIN";
    private static final String COPY_ASSERTION = "COPY assertion (person_id, field, value, script, normalised, date_calendar,"
            + " date_year, date_month, date_day, date_qualifier, date_earliest, date_latest, source_id, source_record_id) FROM STDIN";

    private final Connection connection;
    private final CopyManager copy;
    private final long sourceId;
    private final long importId;
    private final StringBuilder persons = new StringBuilder(1 << 16);
    private final StringBuilder records = new StringBuilder(1 << 20);
    private final StringBuilder links = new StringBuilder(1 << 16);
    private final StringBuilder assertions = new StringBuilder(1 << 20);
    private final StringBuilder json = new StringBuilder(1 << 10);
    private final long[] personIds = new long[CHUNK_ROWS];
    private final long[] recordIds = new long[CHUNK_ROWS];
    private int chunkRows;
    private int idsLeft;
    private long assertionCount;

    CopyWriter(Connection connection, long sourceId, long importId) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sourceId = sourceId;
        this.importId = importId;
    }

    long assertionCount() {
        return assertionCount;
    }

    void add(long rowNumber, String recordKey, List<String> headers, List<String> fields, List<Fact> facts)
            throws SQLException, IOException {
        if (idsLeft == 0) reserveIds();
        long personId = personIds[CHUNK_ROWS - idsLeft];
        long recordId = recordIds[CHUNK_ROWS - idsLeft];
        idsLeft--;

        persons.append(personId).append('\n');
        records.append(recordId).append('\t').append(sourceId).append('\t').append(importId).append('\t');
        text(records, recordKey).append('\t').append(rowNumber).append('\t');
        text(records, raw(headers, fields)).append('\t');
        text(records, normalised(facts)).append('\n');
        links.append(recordId).append('\t').append(personId).append("\timport\n");
        for (Fact fact : facts) {
            assertions.append(personId).append('\t');
            text(assertions, fact.field()).append('\t');
            text(assertions, fact.value()).append('\t');
            text(assertions, fact.script()).append('\t');
            text(assertions, fact.normalised()).append('\t');
            UncertainDate d = fact.date();
            if (d == null) {
                assertions.append("\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t");
            } else {
                text(assertions, d.calendar().name().toLowerCase(java.util.Locale.ROOT)).append('\t');
                number(assertions, d.year()).append('\t');
                number(assertions, d.month()).append('\t');
                number(assertions, d.day()).append('\t');
                text(assertions, d.qualifier().name().toLowerCase(java.util.Locale.ROOT)).append('\t');
                text(assertions, d.earliest() == null ? null : d.earliest().toString()).append('\t');
                text(assertions, d.latest() == null ? null : d.latest().toString()).append('\t');
            }
            assertions.append(sourceId).append('\t').append(recordId).append('\n');
            assertionCount++;
        }
        if (++chunkRows == CHUNK_ROWS) flush();
    }

    /** Sends the buffered chunk; call once more at the end. */
    void flush() throws SQLException, IOException {
        if (chunkRows == 0) return;
        send(COPY_PERSON, persons);
        send(COPY_RECORD, records);
        send(COPY_LINK, links);
        send(COPY_ASSERTION, assertions);
        chunkRows = 0;
    }

    private void send(String sql, StringBuilder rows) throws SQLException {
        if (rows.length() == 0) return;
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
        rows.setLength(0);
    }

    /** Takes the next CHUNK_ROWS ids of person and source_record (unique even with concurrent imports). */
    private void reserveIds() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT nextval('person_id_seq'), nextval('source_record_id_seq') FROM generate_series(1, ?)")) {
            s.setInt(1, CHUNK_ROWS);
            try (ResultSet r = s.executeQuery()) {
                for (int i = 0; r.next(); i++) {
                    personIds[i] = r.getLong(1);
                    recordIds[i] = r.getLong(2);
                }
            }
        }
        idsLeft = CHUNK_ROWS;
    }

    /** The row verbatim: every header with its field, in file order. */
    private String raw(List<String> headers, List<String> fields) {
        json.setLength(0);
        json.append('{');
        for (int i = 0; i < headers.size(); i++) {
            if (i > 0) json.append(',');
            Json.string(json, headers.get(i));
            json.append(':');
            Json.string(json, fields.get(i));
        }
        return json.append('}').toString();
    }

    /** Field → comparison form: normalised text for names, the reading of dates; an array when a field repeats. */
    private String normalised(List<Fact> facts) {
        Map<String, List<Fact>> byField = new java.util.LinkedHashMap<>();
        for (Fact f : facts) byField.computeIfAbsent(f.field(), k -> new java.util.ArrayList<>(1)).add(f);
        json.setLength(0);
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, List<Fact>> e : byField.entrySet()) {
            if (!first) json.append(',');
            first = false;
            Json.string(json, e.getKey());
            json.append(':');
            if (e.getValue().size() > 1) json.append('[');
            for (int i = 0; i < e.getValue().size(); i++) {
                if (i > 0) json.append(',');
                normalisedValue(e.getValue().get(i));
            }
            if (e.getValue().size() > 1) json.append(']');
        }
        return json.append('}').toString();
    }

    private void normalisedValue(Fact f) {
        UncertainDate d = f.date();
        if (d == null) {
            Json.string(json, f.normalised() != null ? f.normalised() : f.value());
            return;
        }
        json.append("{\"calendar\":");
        Json.string(json, d.calendar().name().toLowerCase(java.util.Locale.ROOT));
        json.append(",\"year\":").append(d.year()).append(",\"month\":").append(d.month())
                .append(",\"day\":").append(d.day()).append(",\"qualifier\":");
        Json.string(json, d.qualifier().name().toLowerCase(java.util.Locale.ROOT));
        json.append(",\"earliest\":");
        Json.string(json, d.earliest() == null ? null : d.earliest().toString());
        json.append(",\"latest\":");
        Json.string(json, d.latest() == null ? null : d.latest().toString());
        json.append('}');
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

    private static StringBuilder number(StringBuilder out, Integer n) {
        return n == null ? out.append("\\N") : out.append(n.intValue());
    }
}
