package org.yadman.acts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.yadman.accounts.Audit;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.linkage.UncertainDate;

/**
 * Writes acts and the facts about them. Every fact is an assertion with act_id (type, date, place,
 * victim, perpetrator) on a source with a credibility; each row is a leaf of the evidence log and
 * the change an audit record, all in the caller's transaction. act_victim, act_perpetrator and
 * act_source are derived from the assertions that stand, so a retraction (never a deletion of an
 * assertion) takes a victim or perpetrator off the act at once.
 *
 * <p>Act assertions never carry source_record_id: an import's leaf commits to every assertion on
 * its records, so the record an act comes from is kept in act_source instead.
 */
public final class ActRecorder {
    private ActRecorder() {}

    /** Records one act with all its facts; returns the act's id. */
    public static long record(Handle h, ActDraft d, Long userId, Instant now) {
        check(h, d);
        UncertainDate date = d.date();
        long actId = h.createUpdate("""
                INSERT INTO act (type, date_text, date_calendar, date_earliest, date_latest, place_id, description, created_by, created_at)
                VALUES (:type, :text, :calendar, :earliest, :latest, :place, :description, :user, :at)""")
                .bind("type", d.type().code()).bind("text", date == null ? null : date.text())
                .bind("calendar", date == null ? null : date.calendar().name().toLowerCase(Locale.ROOT))
                .bind("earliest", date == null ? null : date.earliest()).bind("latest", date == null ? null : date.latest())
                .bind("place", d.placeId()).bind("description", d.description()).bind("user", userId).bind("at", Timestamp.from(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        EventLog.append(h, EventKind.ACT_RECORDED, actId);
        Fact.Provenance on = new Fact.Provenance(d.sourceId(), d.credibility(), userId, now);
        assertFact(h, actId, "type", d.type().code(), null, on);
        if (date != null) assertFact(h, actId, "date", date.text(), date, on);
        if (d.placeId() != null) assertFact(h, actId, "place", Long.toString(d.placeId()), null, on);
        for (long victim : d.victims()) assertFact(h, actId, "victim", Long.toString(victim), null, on);
        for (ActDraft.PerpetratorLink p : d.perpetrators()) assertFact(h, actId, "perpetrator", p.assertionValue(), null, on);
        linkSource(h, actId, d.sourceId(), d.sourceRecordId());
        DerivedLinks.sync(h, actId);
        Audit.record(h, now, userId, "act.record", "act", actId, d.type().code() + ", " + d.victims().size() + " victim(s), "
                + d.perpetrators().size() + " perpetrator(s), source " + d.sourceId());
        return actId;
    }

    /** Adds one fact (a victim, a perpetrator, or another source for a fact) to an existing act; returns the assertion id. */
    public static long addFact(Handle h, long actId, String field, String value, Fact.Provenance on) {
        if (!Fact.FIELDS.contains(field)) throw new InputProblem("field", "\"" + field + "\" is not one of " + Fact.FIELDS);
        requireRow(h, "act", actId, "act");
        requireRow(h, "source", on.sourceId(), "source");
        if (field.equals("victim")) requireRow(h, "person", parseId("victim", value), "victim");
        if (field.equals("perpetrator")) {
            long person = parsePerpetrator(value).personId();
            requireRow(h, "perpetrator", "person_id", person, "perpetrator");
        }
        if (field.equals("place")) requireRow(h, "place", parseId("place", value), "place");
        if (field.equals("type")) ActType.ofCode(value);
        long id = assertFact(h, actId, field, value, null, on);
        linkSource(h, actId, on.sourceId(), null);
        DerivedLinks.sync(h, actId);
        Audit.record(h, on.at(), on.userId(), "act.fact", "act", actId, field + " (assertion " + id + ")");
        return id;
    }

    /** The facts of an act that {@link #correct} replaces: each stands once, the latest assertion (the act_standing view). */
    public static final java.util.List<String> CORRECTABLE = java.util.List.of("type", "date", "place");

    /**
     * Corrects the act's type, date (as written) or place: asserts the new value on a source and
     * retracts the assertion(s) of that field it replaces, giving {@code reason}, each a leaf of the
     * log. The act row, as first recorded, is left as its act_recorded leaf committed to it; what
     * the act shows comes from the standing assertions. Returns the new assertion's id.
     */
    public static long correct(Handle h, long actId, String field, String value, String reason, Fact.Provenance on) {
        if (!CORRECTABLE.contains(field)) throw new InputProblem("field", "\"" + field + "\" is not one of " + CORRECTABLE);
        if (reason == null || reason.isBlank()) throw new InputProblem("reason", "a correction needs a reason");
        if (value == null || value.isBlank()) throw new InputProblem(field, "the corrected " + field + " is empty");
        requireRow(h, "act", actId, "act");
        requireRow(h, "source", on.sourceId(), "source");
        UncertainDate date = null;
        switch (field) {
            case "type" -> value = type(value).code();
            case "date" -> {
                try {
                    date = UncertainDate.parse(value, UncertainDate.Calendar.SOLAR_HIJRI);
                } catch (RuntimeException e) {
                    throw new InputProblem("date", e.getMessage());
                }
                value = date.text();
            }
            default -> requireRow(h, "place", parseId("place", value), "place");
        }
        java.util.List<Long> replaced = h.createQuery("SELECT id FROM assertion WHERE act_id = :act AND field = :field AND retracted_at IS NULL"
                        + " ORDER BY id FOR UPDATE").bind("act", actId).bind("field", field).mapTo(Long.class).list();
        long id = assertFact(h, actId, field, value.strip(), date, on);
        for (long old : replaced) {
            h.createUpdate("UPDATE assertion SET retracted_at = :at, retracted_by = :user, retraction_reason = :reason WHERE id = :id")
                    .bind("at", Timestamp.from(on.at())).bind("user", on.userId())
                    .bind("reason", "corrected by assertion " + id + ": " + reason.strip()).bind("id", old).execute();
            EventLog.append(h, EventKind.ASSERTION_RETRACTED, old);
        }
        linkSource(h, actId, on.sourceId(), null);
        DerivedLinks.sync(h, actId);
        Audit.record(h, on.at(), on.userId(), "act.correct", "act", actId, field + " (assertion " + id + " replaces " + replaced + ")");
        return id;
    }

    /** The act type with this code, or an InputProblem naming the field. */
    static ActType type(String code) {
        try {
            return ActType.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InputProblem("type", e.getMessage());
        }
    }

    /** Retracts an assertion about an act, with who, when and why; the act's derived links follow. */
    public static void retract(Handle h, long assertionId, String reason, Long userId, Instant now) {
        if (reason == null || reason.isBlank()) throw new InputProblem("reason", "a retraction needs a reason");
        Long actId = h.createQuery("SELECT act_id FROM assertion WHERE id = :id AND act_id IS NOT NULL AND retracted_at IS NULL FOR UPDATE")
                .bind("id", assertionId).mapTo(Long.class).findOne()
                .orElseThrow(() -> new InputProblem("assertion", "no standing assertion " + assertionId + " about an act"));
        h.createUpdate("UPDATE assertion SET retracted_at = :at, retracted_by = :user, retraction_reason = :reason WHERE id = :id")
                .bind("at", Timestamp.from(now)).bind("user", userId).bind("reason", reason.strip()).bind("id", assertionId).execute();
        EventLog.append(h, EventKind.ASSERTION_RETRACTED, assertionId);
        DerivedLinks.sync(h, actId);
        Audit.record(h, now, userId, "act.retract", "assertion", assertionId, "act " + actId);
    }

    private static long assertFact(Handle h, long actId, String field, String value, UncertainDate date, Fact.Provenance on) {
        long id = h.createUpdate("""
                INSERT INTO assertion (act_id, field, value, date_calendar, date_year, date_month, date_day, date_qualifier,
                                       date_earliest, date_latest, source_id, credibility, recorded_by, recorded_at)
                VALUES (:act, :field, :value, :calendar, :year, :month, :day, :qualifier, :earliest, :latest, :source, :cred, :user, :at)""")
                .bind("act", actId).bind("field", field).bind("value", value)
                .bind("calendar", date == null ? null : date.calendar().name().toLowerCase(Locale.ROOT))
                .bind("year", date == null ? null : date.year()).bind("month", date == null ? null : date.month())
                .bind("day", date == null ? null : date.day())
                .bind("qualifier", date == null ? null : date.qualifier().name().toLowerCase(Locale.ROOT))
                .bind("earliest", date == null ? null : date.earliest()).bind("latest", date == null ? null : date.latest())
                .bind("source", on.sourceId()).bind("cred", on.credibility()).bind("user", on.userId()).bind("at", Timestamp.from(on.at()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        EventLog.append(h, EventKind.ASSERTION_ADDED, id);
        return id;
    }

    private static void linkSource(Handle h, long actId, long sourceId, Long recordId) {
        h.createUpdate("""
                INSERT INTO act_source (act_id, source_id, source_record_id)
                SELECT :act, :source, :record WHERE NOT EXISTS (SELECT 1 FROM act_source WHERE act_id = :act AND source_id = :source
                    AND source_record_id IS NOT DISTINCT FROM CAST(:record AS bigint))""")
                .bind("act", actId).bind("source", sourceId).bind("record", recordId).execute();
    }

    private static void check(Handle h, ActDraft d) {
        requireRow(h, "source", d.sourceId(), "source");
        if (d.placeId() != null) requireRow(h, "place", d.placeId(), "place");
        for (long v : d.victims()) requireRow(h, "person", v, "victims");
        for (ActDraft.PerpetratorLink p : d.perpetrators()) requireRow(h, "perpetrator", "person_id", p.personId(), "perpetrators");
        if (d.victims().isEmpty() && d.perpetrators().isEmpty()) {
            throw new InputProblem("victims", "an act needs at least one victim or perpetrator");
        }
    }

    static void requireRow(Handle h, String table, long id, String field) {
        requireRow(h, table, "id", id, field);
    }

    static void requireRow(Handle h, String table, String column, long id, String field) {
        // table and column are fixed words from this class, never input.
        boolean exists = h.createQuery("SELECT count(*) FROM " + table + " WHERE " + column + " = :id").bind("id", id).mapTo(Long.class).one() > 0;
        if (!exists) throw new InputProblem(field, "no " + table + " with id " + id);
    }

    private static ActDraft.PerpetratorLink parsePerpetrator(String value) {
        try {
            return ActDraft.PerpetratorLink.ofAssertionValue(value);
        } catch (IllegalArgumentException e) {
            throw new InputProblem("perpetrator", e.getMessage());
        }
    }

    static long parseId(String field, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InputProblem(field, "\"" + value + "\" is not an id");
        }
    }
}
