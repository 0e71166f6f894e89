package org.yadman.acts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.yadman.linkage.UncertainDate;
import org.yadman.web.Lang;

/**
 * Execution acts proposed from imported lists: each person whose (current) records name a prison
 * and a date of execution or death, and who has no execution act yet, yields one proposed act at
 * that prison (found in the gazetteer by any of its names), dated as the record says, sourced on
 * that record. Proposals are shown for review; the chosen ones are saved in one transaction.
 */
public final class ProposedExecutions {
    /** One proposal. {@code placeId} is null when the gazetteer has no single prison of that name: such rows cannot be saved. */
    public record Proposal(long personId, String personName, long recordId, long sourceId, String sourceName, String prison,
                           Long placeId, String dateText, String calendar) {
        public boolean saveable() {
            return placeId != null;
        }
    }

    private ProposedExecutions() {}

    public static List<Proposal> list(Handle h, int limit, Lang lang) {
        List<Proposal> raw = h.createQuery("""
                SELECT DISTINCT ON (l.person_id) l.person_id, r.id AS record_id, r.source_id, s.name AS source_name,
                       p.value AS prison, d.value AS death, d.date_calendar
                FROM record_link l JOIN source_record r ON r.id = l.source_record_id JOIN source s ON s.id = r.source_id
                JOIN person_assertion p ON p.person_id = l.person_id AND p.source_record_id = r.id AND p.field = 'prison'
                                        AND p.retracted_at IS NULL
                JOIN person_assertion d ON d.person_id = l.person_id AND d.source_record_id = r.id AND d.field = 'death_date'
                                        AND d.retracted_at IS NULL
                WHERE l.superseded_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM act_victim v JOIN act_standing a ON a.id = v.act_id AND a.type = 'execution' WHERE v.person_id = l.person_id)
                ORDER BY l.person_id, r.id LIMIT :limit""").bind("limit", limit)
                .map((rs, c) -> new Proposal(rs.getLong("person_id"), null, rs.getLong("record_id"), rs.getLong("source_id"),
                        rs.getString("source_name"), rs.getString("prison"), null, rs.getString("death"), rs.getString("date_calendar")))
                .list();
        Map<Long, String> names = PersonNames.of(h, raw.stream().map(Proposal::personId).toList(), lang);
        List<Proposal> out = new ArrayList<>(raw.size());
        for (Proposal p : raw) {
            out.add(new Proposal(p.personId(), names.get(p.personId()), p.recordId(), p.sourceId(), p.sourceName(), p.prison(),
                    Places.byName(h, "prison", p.prison()).orElse(null), p.dateText(), p.calendar()));
        }
        return out;
    }

    /** Saves the proposals for the chosen persons as acts, all or none; returns the new act ids. */
    public static List<Long> save(Handle h, Set<Long> chosenPersons, int credibility, int limit, Long userId, Instant now) {
        List<Long> ids = new ArrayList<>();
        for (Proposal p : list(h, limit, Lang.EN)) {
            if (!chosenPersons.contains(p.personId())) continue;
            if (!p.saveable()) throw new InputProblem("person " + p.personId(), "no single prison named \"" + p.prison() + "\" in the gazetteer");
            ids.add(ActRecorder.record(h, draft(p, credibility), userId, now));
        }
        return ids;
    }

    static ActDraft draft(Proposal p, int credibility) {
        UncertainDate date;
        try {
            UncertainDate.Calendar calendar = p.calendar() == null ? UncertainDate.Calendar.SOLAR_HIJRI
                    : UncertainDate.Calendar.valueOf(p.calendar().toUpperCase(Locale.ROOT));
            date = UncertainDate.parse(p.dateText(), calendar);
        } catch (RuntimeException e) {
            throw new InputProblem("person " + p.personId(), "date \"" + p.dateText() + "\": " + e.getMessage());
        }
        return new ActDraft(ActType.EXECUTION, date, p.placeId(), null, List.of(p.personId()), List.of(), p.sourceId(), p.recordId(), credibility);
    }
}
