package org.yadman.memorial;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.yadman.accounts.Audit;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;

/**
 * Puts persons on the memorial and takes them off: a publication says on what basis a person is
 * shown (a public record, or the family's consent) and which of their fields never are. Each
 * publication and each withdrawal is a leaf of the evidence log and an audit record, in the
 * caller's transaction. Withdrawing is one action and takes effect on the next request.
 */
public final class Publications {
    /** The bases a person can be published on; 'synthetic_demo' belongs to the demo alone. */
    public static final List<String> BASES = List.of("public_record", "consent");
    /** The fields a publication can keep off the memorial. */
    public static final List<String> REDACTABLE = List.of("given_name", "surname", "full_name", "father_name", "birth_date", "age",
            "death_date", "city", "prison", "affiliation", "sex", "notes");

    private Publications() {}

    /** A change that cannot be made; the message says why. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** Publishes one person; returns the publication's id. */
    public static long publish(Handle h, long personId, String basis, List<String> redactions, Long userId, Instant now) {
        if (!BASES.contains(basis)) throw new Refused("basis must be one of " + BASES + ", not '" + basis + "'");
        for (String field : redactions) {
            if (!REDACTABLE.contains(field)) throw new Refused("'" + field + "' is not a field the memorial shows; redactable: " + REDACTABLE);
        }
        boolean holdsRecords = h.createQuery("""
                SELECT EXISTS (SELECT 1 FROM record_link WHERE person_id = :p AND superseded_at IS NULL)
                    OR EXISTS (SELECT 1 FROM assertion WHERE person_id = :p AND source_record_id IS NULL)""")
                .bind("p", personId).mapTo(Boolean.class).one();
        if (!holdsRecords) throw new Refused("person " + personId + " does not exist or holds no record (merged into another person?)");
        boolean published = h.createQuery("SELECT count(*) > 0 FROM publication WHERE person_id = :p AND withdrawn_at IS NULL")
                .bind("p", personId).mapTo(Boolean.class).one();
        if (published) throw new Refused("person " + personId + " is already published; withdraw first to publish on another basis");
        long id = h.createQuery("""
                INSERT INTO publication (person_id, basis, redactions, published_by, published_at)
                VALUES (:p, :basis, CAST(:redactions AS jsonb), :u, :at) RETURNING id""")
                .bind("p", personId).bind("basis", basis).bind("redactions", jsonArray(redactions)).bind("u", userId)
                .bind("at", Timestamp.from(now)).mapTo(Long.class).one();
        EventLog.append(h, EventKind.PUBLISHED, id);
        Audit.record(h, now, userId, "publish", "person", personId, basis + (redactions.isEmpty() ? "" : ", redacted " + redactions));
        return id;
    }

    /**
     * Publishes every not yet published person with a current record in the source; returns how
     * many. A protected source (a witness) is refused: its persons are published one by one.
     */
    public static int publishSource(Handle h, String sourceName, String basis, List<String> redactions, Long userId, Instant now) {
        Boolean isProtected = h.createQuery("SELECT protected FROM source WHERE name = :name").bind("name", sourceName)
                .mapTo(Boolean.class).findOne().orElseThrow(() -> new Refused("no source named '" + sourceName + "'"));
        if (isProtected) throw new Refused("source '" + sourceName + "' is protected (a witness); publish its persons one by one with --person");
        List<Long> persons = h.createQuery("""
                SELECT DISTINCT l.person_id FROM source s
                JOIN source_record r ON r.source_id = s.id
                JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL
                WHERE s.name = :name
                  AND NOT EXISTS (SELECT 1 FROM publication p WHERE p.person_id = l.person_id AND p.withdrawn_at IS NULL)
                ORDER BY l.person_id""").bind("name", sourceName).mapTo(Long.class).list();
        for (long person : persons) publish(h, person, basis, redactions, userId, now);
        return persons.size();
    }

    /** Takes a person off the memorial; returns the withdrawn publication's id. */
    public static long withdraw(Handle h, long personId, Long userId, Instant now) {
        Long id = h.createQuery("SELECT id FROM publication WHERE person_id = :p AND withdrawn_at IS NULL FOR UPDATE")
                .bind("p", personId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new Refused("person " + personId + " is not published"));
        h.createUpdate("UPDATE publication SET withdrawn_at = :at, withdrawn_by = :u WHERE id = :id")
                .bind("at", Timestamp.from(now)).bind("u", userId).bind("id", id).execute();
        EventLog.append(h, EventKind.WITHDRAWN, id);
        Audit.record(h, now, userId, "withdraw", "person", personId, "publication " + id);
        return id;
    }

    private static String jsonArray(List<String> fields) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < fields.size(); i++) out.append(i > 0 ? "," : "").append('"').append(fields.get(i)).append('"');
        return out.append(']').toString();
    }
}
