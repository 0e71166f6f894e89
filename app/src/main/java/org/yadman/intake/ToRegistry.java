package org.yadman.intake;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.Audit;
import org.yadman.evidence.LoggedAssertions;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.UncertainDate;

/**
 * Turns a testimony, as read by an investigator, into the registry: a source for the submission
 * ({@code intake-ID}, created once), a new person, and one assertion per fact the investigator
 * typed (full name, father's name, death date, city), each logged in the same transaction. The
 * server never decrypts: the investigator copies the facts from the plaintext in their browser.
 */
public final class ToRegistry {
    /** The registry fields an investigator may fill, in the order they are recorded. */
    public static final java.util.List<String> FIELDS = java.util.List.of("full_name", "father_name", "death_date", "city");
    private final Jdbi jdbi;

    public ToRegistry(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What was recorded: the source and the new person. */
    public record Recorded(long sourceId, long personId, int assertions) {}

    /**
     * @param facts registry field → value, as typed; blanks are skipped
     * @throws IllegalArgumentException naming the field, for a death date that cannot be read, a
     *     credibility outside 1..6, or no fact at all; nothing is written then
     */
    public Recorded record(long submissionId, Map<String, String> facts, int credibility, long userId, Instant now) {
        if (credibility < 1 || credibility > 6) throw new IllegalArgumentException("credibility must be 1 to 6, got " + credibility);
        Map<String, String> given = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String v = facts.get(field);
            if (v != null && !v.isBlank()) given.put(field, v.strip());
        }
        if (given.isEmpty()) throw new IllegalArgumentException("no fact given: fill at least one field");
        UncertainDate death = null;
        if (given.containsKey("death_date")) {
            try {
                death = UncertainDate.parse(given.get("death_date"), UncertainDate.Calendar.SOLAR_HIJRI);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("death_date: not a date: " + e.getMessage());
            }
        }
        UncertainDate deathDate = death;
        return jdbi.inTransaction(h -> {
            long source = h.createQuery("INSERT INTO source (name, title, supplied_by, obtained_how, default_calendar) VALUES (:n, :t, :s, :o, 'solar_hijri')"
                            + " ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id")
                    .bind("n", "intake-" + submissionId).bind("t", "Testimony, intake submission " + submissionId)
                    .bind("s", "intake submission " + submissionId).bind("o", "anonymous encrypted intake").mapTo(Long.class).one();
            long person = h.createQuery("INSERT INTO person DEFAULT VALUES RETURNING id").mapTo(Long.class).one();
            for (var fact : given.entrySet()) {
                boolean date = fact.getKey().equals("death_date");
                String value = fact.getValue();
                LoggedAssertions.NewAssertion assertion = date
                        ? new LoggedAssertions.NewAssertion(person, null, fact.getKey(), value, script(value), null,
                                deathDate.calendar().name().toLowerCase(Locale.ROOT), deathDate.year(), deathDate.month(), deathDate.day(),
                                deathDate.qualifier().name().toLowerCase(Locale.ROOT), deathDate.earliest(), deathDate.latest(),
                                null, null, null, null)
                        : new LoggedAssertions.NewAssertion(person, null, fact.getKey(), value, script(value), PersianText.normalise(value),
                                null, null, null, null, null, null, null, null, null, null, null);
                LoggedAssertions.add(h, assertion.from(source, null, credibility, userId), now);
            }
            Audit.record(h, now, userId, "to_registry", "intake_submission", submissionId, "person " + person);
            return new Recorded(source, person, given.size());
        });
    }

    private static String script(String value) {
        return switch (PersianText.script(value)) {
            case PERSIAN -> "persian";
            case LATIN -> "latin";
            case MIXED -> "mixed";
            case OTHER -> "other";
            case NONE -> null;
        };
    }
}
