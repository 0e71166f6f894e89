package org.yadman.evidence;

import java.util.List;

/**
 * The evidentiary events that must be logged, what row each one is about, and what its leaf
 * commits to. Each part is a value read from the row (a content hash), the SHA-256 of one row's
 * canonical form, or the Merkle tree hash of many rows' canonical forms in id order
 * ({@link RowDigests}, {@link RowTree}): for one row
 * {@code to_jsonb(row)::text} (a bundle carries it as row.json), for the bulk parts of an import
 * the record text of a fixed column list; both with TimeZone UTC, DateStyle ISO and
 * extra_float_digits 1 fixed for the query.
 *
 * <p>Design note: a row that may later change in an allowed way (an assertion retracted, a link
 * superseded, a publication withdrawn) is committed to without those columns when it is added,
 * and in full by the event that changes it, so that both leaves stay verifiable for ever.
 */
public enum EventKind {
    /** An import batch: the file's SHA-256, the batch row, its source records with their facts, the links the import made (and, before V13, the assertions it wrote). */
    IMPORT("import", "import_batch", List.of(
            Part.value("file", "SELECT content_sha256 FROM import_batch WHERE id = ?"),
            Part.row("row", "SELECT to_jsonb(t)::text FROM import_batch t WHERE id = ?"),
            // Bulk parts use PostgreSQL's record text of an explicit column list: five times faster than
            // to_jsonb on hundreds of thousands of rows, and a later column leaves old leaves valid.
            // Since V13 a record's facts are in the record (and no imported assertion rows are written).
            Part.tree("records", "SELECT ROW(t.id, t.source_id, t.import_id, t.record_key, t.row_number, t.raw, t.normalised, t.facts)::text"
                    + " FROM source_record t WHERE import_id = ? ORDER BY id"),
            Part.tree("assertions", "SELECT ROW(a.id, a.person_id, a.act_id, a.field, a.value, a.script, a.normalised, a.date_calendar,"
                    + " a.date_year, a.date_month, a.date_day, a.date_qualifier, a.date_earliest, a.date_latest, a.source_id,"
                    + " a.source_record_id, a.credibility, a.recorded_by, a.recorded_at)::text"
                    + " FROM assertion a JOIN source_record r ON r.id = a.source_record_id WHERE r.import_id = ?"
                    // an assertion added later about an imported record has its own leaf and is not the import's
                    + " AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.target_table = 'assertion' AND e.target_id = a.id"
                    + " AND e.kind = 'assertion_added') ORDER BY a.id"),
            Part.tree("links", "SELECT ROW(l.id, l.source_record_id, l.person_id, l.probability, l.decided_by, l.decided_by_user,"
                    + " l.decided_at)::text FROM record_link l JOIN source_record r ON r.id = l.source_record_id"
                    + " WHERE r.import_id = ? AND l.decided_by = 'import' ORDER BY l.id"))),
    /** A file received into the evidence store, or a working copy derived from one. */
    EVIDENCE_ADDED("evidence_added", "evidence_item", List.of(
            Part.value("content", "SELECT sha256 FROM evidence_item WHERE id = ?"),
            Part.row("row", "SELECT to_jsonb(t)::text FROM evidence_item t WHERE id = ?"))),
    /** Received, copied, viewed, exported or transferred, by whom and when. */
    CUSTODY("custody", "custody_event", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM custody_event t WHERE id = ?"))),
    ASSERTION_ADDED("assertion_added", "assertion", List.of(
            Part.row("row", "SELECT (to_jsonb(t) - 'retracted_at' - 'retracted_by' - 'retraction_reason')::text FROM assertion t WHERE id = ?"))),
    ASSERTION_RETRACTED("assertion_retracted", "assertion", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM assertion t WHERE id = ?"))),
    LINK_DECIDED("link_decided", "record_link", List.of(
            Part.row("row", "SELECT (to_jsonb(t) - 'superseded_at')::text FROM record_link t WHERE id = ?"))),
    PUBLISHED("published", "publication", List.of(
            Part.row("row", "SELECT (to_jsonb(t) - 'withdrawn_at' - 'withdrawn_by')::text FROM publication t WHERE id = ?"))),
    WITHDRAWN("withdrawn", "publication", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM publication t WHERE id = ?"))),
    /** An intake message (testimony, addition or reply): its ciphertext's SHA-256, never content; its files' ciphertext hashes. */
    INTAKE_MESSAGE("intake_message", "intake_message", List.of(
            Part.value("content", "SELECT sha256 FROM intake_message WHERE id = ?"),
            Part.row("row", "SELECT (to_jsonb(t) - 'ciphertext')::text FROM intake_message t WHERE id = ?"),
            Part.tree("files", "SELECT ROW(u.sha256, u.length)::text FROM intake_upload u WHERE message_id = ? ORDER BY u.sha256, u.length"))),
    /** An act (type, date, place as first recorded); its victims, perpetrators and sources are assertions. */
    ACT_RECORDED("act_recorded", "act", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM act t WHERE id = ?"))),
    /** A position a perpetrator held (institution, role, period) and its source. */
    POSITION_RECORDED("position_recorded", "perpetrator_position", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM perpetrator_position t WHERE id = ?"))),
    /** What the public was shown of an exhibition after it was published, withdrawn or changed while public (its titles, items, photographs). */
    EXHIBITION_STATE("exhibition_state", "exhibition_state", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM exhibition_state t WHERE id = ?"))),
    /** A grave site's status as of a date, with its source and evidence item. */
    GRAVE_STATUS_RECORDED("grave_status_recorded", "grave_site_status", List.of(
            Part.row("row", "SELECT to_jsonb(t)::text FROM grave_site_status t WHERE id = ?")));

    /** How one leaf part is computed from the database; {@code sql} takes the target id. */
    public record Part(String name, String sql, Shape shape) {
        static Part value(String name, String sql) {
            return new Part(name, sql, Shape.VALUE);
        }

        static Part row(String name, String sql) {
            return new Part(name, sql, Shape.ONE_ROW);
        }

        static Part tree(String name, String sql) {
            return new Part(name, sql, Shape.TREE);
        }
    }

    /**
     * VALUE: the single row's text as is; ONE_ROW: SHA-256 of exactly one row's text and a newline;
     * TREE: the RFC 9162 Merkle tree hash of zero or more rows' texts ({@link RowTree}), so that one
     * row can be proved alone. A TREE query's rows begin with the row id: {@code ROW(t.id, ...)}.
     */
    public enum Shape { VALUE, ONE_ROW, TREE }

    private final String code;
    private final String table;
    private final List<Part> parts;

    EventKind(String code, String table, List<Part> parts) {
        this.code = code;
        this.table = table;
        this.parts = parts;
    }

    /** The name written in leaves. */
    public String code() {
        return code;
    }

    public String table() {
        return table;
    }

    public List<Part> parts() {
        return parts;
    }

    public static EventKind ofCode(String code) {
        for (EventKind k : values()) if (k.code.equals(code)) return k;
        throw new IllegalArgumentException("unknown event kind \"" + code + "\"");
    }
}
