package org.yadman.acts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.Audit;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.linkage.UncertainDate;

/**
 * A grave site's dated status history (reported, confirmed, built over, destroyed): each status as
 * of an uncertain date, on a source, optionally with the evidence item that shows it. Each status
 * is a leaf of the evidence log; a later status is another row, never an edit.
 */
public final class GraveSites {
    public static final List<String> STATUSES = List.of("reported", "confirmed", "built_over", "destroyed");

    /** One status row, with its source and evidence. */
    public record Status(long id, String status, String asOfText, LocalDate earliest, LocalDate latest, Long sourceId, String sourceName,
                         boolean sourceProtected, Long evidenceId, String evidenceSha256, String note) {}

    private GraveSites() {}

    public static List<Status> history(Jdbi jdbi, long placeId) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT g.id, g.status, g.as_of_text, g.as_of_earliest, g.as_of_latest, g.source_id, s.name AS source_name,
                       coalesce(s.protected, false) AS protected, g.evidence_item_id, e.sha256, g.note
                FROM grave_site_status g LEFT JOIN source s ON s.id = g.source_id LEFT JOIN evidence_item e ON e.id = g.evidence_item_id
                WHERE g.place_id = :p ORDER BY g.as_of_earliest NULLS LAST, g.id""").bind("p", placeId)
                .map((rs, c) -> new Status(rs.getLong("id"), rs.getString("status"), rs.getString("as_of_text"),
                        rs.getObject("as_of_earliest", LocalDate.class), rs.getObject("as_of_latest", LocalDate.class),
                        (Long) rs.getObject("source_id"), rs.getString("source_name"), rs.getBoolean("protected"),
                        (Long) rs.getObject("evidence_item_id"), rs.getString("sha256"), rs.getString("note"))).list());
    }

    /** Records a status of a grave site; returns its id. */
    public static long record(Handle h, long placeId, String status, UncertainDate asOf, long sourceId, Long evidenceId, String note,
            Long userId, Instant now) {
        String kind = h.createQuery("SELECT kind FROM place WHERE id = :id").bind("id", placeId).mapTo(String.class).findOne()
                .orElseThrow(() -> new InputProblem("place", "no place with id " + placeId));
        if (!kind.equals("grave_site") && !kind.equals("cemetery")) {
            throw new InputProblem("place", "place " + placeId + " is a " + kind + ", not a grave site or cemetery");
        }
        if (!STATUSES.contains(status)) throw new InputProblem("status", "\"" + status + "\" is not one of " + STATUSES);
        ActRecorder.requireRow(h, "source", sourceId, "source");
        if (evidenceId != null) ActRecorder.requireRow(h, "evidence_item", evidenceId, "evidence");
        long id = h.createUpdate("""
                INSERT INTO grave_site_status (place_id, status, as_of_text, as_of_earliest, as_of_latest, source_id, recorded_at,
                                               evidence_item_id, recorded_by, note)
                VALUES (:p, :s, :text, :earliest, :latest, :source, :at, :evidence, :user, :note)""")
                .bind("p", placeId).bind("s", status).bind("text", asOf == null ? null : asOf.text())
                .bind("earliest", asOf == null ? null : asOf.earliest()).bind("latest", asOf == null ? null : asOf.latest())
                .bind("source", sourceId).bind("at", Timestamp.from(now)).bind("evidence", evidenceId).bind("user", userId)
                .bind("note", note == null || note.isBlank() ? null : note.strip())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        EventLog.append(h, EventKind.GRAVE_STATUS_RECORDED, id);
        Audit.record(h, now, userId, "grave.status", "place", placeId, status + " (grave_site_status " + id + ")");
        return id;
    }
}
