package org.yadman.atlas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * When and where each published person was executed, one entry per person. The source, in order:
 * the person's execution act with the narrowest date range (and its place); else the narrowest
 * death date asserted about the person (place from an undated execution act, if any); else the
 * undated execution act. Nobody is counted twice however many acts or dates describe them.
 */
public final class ExecutionDates {
    /** Where the date came from. */
    public enum Basis { ACT, DEATH_DATE, NONE }

    /** One person's execution; {@code earliest}/{@code latest} are null when no date is known. */
    public record Entry(long personId, Long placeId, LocalDate earliest, LocalDate latest, Basis basis) {
        public boolean dated() {
            return earliest != null && latest != null;
        }
    }

    private record Candidate(long personId, Long placeId, LocalDate earliest, LocalDate latest, boolean act, long id) {
        boolean dated() {
            return earliest != null && latest != null;
        }

        long span() {
            return dated() ? latest.toEpochDay() - earliest.toEpochDay() : Long.MAX_VALUE;
        }
    }

    private final Jdbi jdbi;

    public ExecutionDates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Entry> entries() {
        List<Candidate> candidates = jdbi.withHandle(h -> h.createQuery("""
                WITH published AS (""" + AtlasQueries.PUBLISHED_PERSONS + """
                )
                SELECT v.person_id, a.place_id, a.date_earliest, a.date_latest, true AS act, a.id
                FROM act_standing a JOIN act_victim v ON v.act_id = a.id
                WHERE a.type = 'execution' AND v.person_id IN (SELECT person_id FROM published)
                UNION ALL
                -- an imported fact has no assertion id: its record's id keeps the tie-break stable
                SELECT a.person_id, NULL, a.date_earliest, a.date_latest, false, coalesce(a.id, a.source_record_id)
                FROM person_assertion a
                JOIN publication p ON p.person_id = a.person_id AND p.withdrawn_at IS NULL
                                  AND NOT jsonb_exists(p.redactions, a.field)
                WHERE a.field = 'death_date' AND a.retracted_at IS NULL
                  AND a.person_id IN (SELECT person_id FROM published)
                """).map((rs, ctx) -> new Candidate(rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getLong(6))).list());
        Map<Long, List<Candidate>> byPerson = new LinkedHashMap<>();
        for (Candidate c : candidates) byPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c);
        List<Entry> out = new ArrayList<>();
        byPerson.forEach((person, list) -> out.add(choose(person, list)));
        out.sort(Comparator.comparingLong(Entry::personId));
        return out;
    }

    static Entry choose(long person, List<Candidate> list) {
        Comparator<Candidate> narrowest = Comparator.comparingLong(Candidate::span).thenComparingLong(Candidate::id);
        List<Candidate> acts = list.stream().filter(Candidate::act).sorted(narrowest).toList();
        if (!acts.isEmpty() && acts.get(0).dated()) {
            Candidate a = acts.get(0);
            return new Entry(person, a.placeId(), a.earliest(), a.latest(), Basis.ACT);
        }
        Long place = acts.stream().map(Candidate::placeId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<Candidate> deaths = list.stream().filter(c -> !c.act() && c.dated()).sorted(narrowest).toList();
        if (!deaths.isEmpty()) return new Entry(person, place, deaths.get(0).earliest(), deaths.get(0).latest(), Basis.DEATH_DATE);
        return new Entry(person, place, null, null, acts.isEmpty() ? Basis.NONE : Basis.ACT);
    }
}
