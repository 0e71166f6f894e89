package org.yadman.evidence;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * The one way to add or retract an assertion outside an import: the row and its leaf
 * ({@code assertion_added}, {@code assertion_retracted}) in the caller's transaction, so that
 * {@code yadman log verify} can tell a fact written through the application from one written
 * or edited behind its back. Imported assertions are covered by their import's leaf instead (one
 * leaf per import keeps imports fast); retracting one still logs its own leaf here.
 */
public final class LoggedAssertions {
    private LoggedAssertions() {}

    /**
     * A new fact about a person or an act (exactly one of them). Date parts and the derived columns
     * may be null; {@code normalised} is the search form of a name-like value (PersianText.normalise).
     */
    public record NewAssertion(Long personId, Long actId, String field, String value, String script, String normalised,
            String dateCalendar, Integer dateYear, Integer dateMonth, Integer dateDay, String dateQualifier,
            LocalDate dateEarliest, LocalDate dateLatest, Long sourceId, Long sourceRecordId, Integer credibility, Long recordedBy) {
        public NewAssertion {
            if ((personId == null) == (actId == null)) throw new IllegalArgumentException("an assertion is about exactly one person or one act");
            if (field == null || field.isBlank()) throw new IllegalArgumentException("an assertion needs a field");
            if (value == null) throw new IllegalArgumentException("assertion " + field + " needs a value");
            if (credibility != null && (credibility < 1 || credibility > 6)) {
                throw new IllegalArgumentException("credibility " + credibility + " is outside 1-6");
            }
        }

        /** A plain fact with no date parts, source, credibility or recorder. */
        public static NewAssertion about(Long personId, Long actId, String field, String value) {
            return new NewAssertion(personId, actId, field, value, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public NewAssertion from(Long sourceId, Long sourceRecordId, Integer credibility, Long recordedBy) {
            return new NewAssertion(personId, actId, field, value, script, normalised, dateCalendar, dateYear, dateMonth, dateDay,
                    dateQualifier, dateEarliest, dateLatest, sourceId, sourceRecordId, credibility, recordedBy);
        }
    }

    /** Inserts the assertion, recorded at {@code at}, and logs it; returns its id. The handle must be in a transaction. */
    public static long add(Handle h, NewAssertion a, Instant at) {
        requireTransaction(h);
        long id = h.createQuery("INSERT INTO assertion (person_id, act_id, field, value, script, normalised, date_calendar, date_year,"
                        + " date_month, date_day, date_qualifier, date_earliest, date_latest, source_id, source_record_id, credibility,"
                        + " recorded_by, recorded_at) VALUES (:personId, :actId, :field, :value, :script, :normalised, :dateCalendar,"
                        + " :dateYear, :dateMonth, :dateDay, :dateQualifier, :dateEarliest, :dateLatest, :sourceId, :sourceRecordId,"
                        + " :credibility, :recordedBy, :at) RETURNING id")
                .bindMethods(a).bind("at", at).mapTo(Long.class).one();
        EventLog.append(h, EventKind.ASSERTION_ADDED, id);
        return id;
    }

    /**
     * Retracts assertion {@code id} (never deletes it) and logs the retraction with the whole row.
     *
     * @throws IllegalArgumentException the assertion does not exist or is already retracted
     */
    public static void retract(Handle h, long id, Long byUser, String reason, Instant at) {
        requireTransaction(h);
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("retracting assertion " + id + " needs a reason");
        int changed = h.createUpdate("UPDATE assertion SET retracted_at = :at, retracted_by = :by, retraction_reason = :reason"
                        + " WHERE id = :id AND retracted_at IS NULL")
                .bind("at", at).bind("by", byUser).bind("reason", reason).bind("id", id).execute();
        if (changed != 1) throw new IllegalArgumentException("assertion " + id + " does not exist or is already retracted");
        EventLog.append(h, EventKind.ASSERTION_RETRACTED, id);
    }

    private static void requireTransaction(Handle h) {
        if (!h.isInTransaction()) throw new IllegalStateException("an assertion and its leaf must be written in the caller's transaction");
    }
}
