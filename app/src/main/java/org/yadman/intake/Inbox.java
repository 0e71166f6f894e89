package org.yadman.intake;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The investigators' view of submissions: the list, triage (status, assignment, tags). Content stays ciphertext. */
public final class Inbox {
    private final Jdbi jdbi;

    public Inbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Row(long id, Instant receivedAt, String status, String assignee, List<String> tags, int messages, int files, Instant lastAt) {}

    public List<Row> list() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.id, s.received_at, s.status, u.name, s.tags,
                       (SELECT count(*) FROM intake_message m WHERE m.submission_id = s.id),
                       (SELECT count(*) FROM intake_upload f JOIN intake_message m ON m.id = f.message_id WHERE m.submission_id = s.id),
                       (SELECT max(created_at) FROM intake_message m WHERE m.submission_id = s.id)
                FROM intake_submission s LEFT JOIN app_user u ON u.id = s.assigned_to
                ORDER BY s.id DESC LIMIT 500""")
                .map((r, ctx) -> new Row(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4),
                        Arrays.asList((String[]) r.getArray(5).getArray()), r.getInt(6), r.getInt(7), r.getTimestamp(8).toInstant()))
                .list());
    }

    public Row one(long id) {
        return list().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    /** Sets status, assignee (null: nobody) and tags (lower-case words, at most 20). */
    public void triage(long id, String status, Long assignee, List<String> tags) {
        if (!List.of("new", "open", "closed").contains(status)) throw new IllegalArgumentException("status must be new, open or closed, got \"" + status + "\"");
        List<String> clean = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().limit(20).toList();
        for (String t : clean) if (t.length() > 40) throw new IllegalArgumentException("tag \"" + t + "\" is over 40 characters");
        jdbi.useHandle(h -> h.createUpdate("UPDATE intake_submission SET status = :st, assigned_to = :a, tags = :t WHERE id = :id")
                .bind("st", status).bind("a", assignee).bind("t", clean.toArray(new String[0])).bind("id", id).execute());
    }
}
