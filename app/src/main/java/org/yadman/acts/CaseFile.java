package org.yadman.acts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.yadman.web.Lang;

/**
 * A case file: the acts of one perpetrator, at one prison (or anything inside it), or in one period,
 * with their victims, perpetrators, sources and evidence items, and the rows whose log leaves a court
 * bundle carries. Protected witnesses appear by pseudonym only, and their evidence items are
 * withheld (counted, never listed): see {@link SourceRef#publicLabel}.
 */
public record CaseFile(Scope scope, String subject, List<Perpetrators.Position> positions, List<ActQueries.Act> acts,
                       List<VictimGroup> victimsByPlaceAndPeriod, List<SourceRef> sources, List<ActQueries.Evidence> evidence,
                       int withheldEvidence, List<Long> assertionIds) {

    /** What the file is about: a perpetrator (person id), a prison (place id), or a period [from, to]. */
    public record Scope(String kind, Long id, LocalDate from, LocalDate to) {
        public static Scope perpetrator(long personId) {
            return new Scope("perpetrator", personId, null, null);
        }

        public static Scope prison(long placeId) {
            return new Scope("prison", placeId, null, null);
        }

        public static Scope period(LocalDate from, LocalDate to) {
            if (from == null || to == null || to.isBefore(from)) throw new InputProblem("to", "a period needs a start and an end not before it");
            return new Scope("period", null, from, to);
        }
    }

    /** How many distinct victims the acts name at one place in one year (the year of the act's earliest possible day). */
    public record VictimGroup(String place, String year, long victims) {}

    public static CaseFile build(Handle h, Scope scope, Lang lang) {
        List<Long> ids;
        String subject;
        List<Perpetrators.Position> positions = List.of();
        switch (scope.kind()) {
            case "perpetrator" -> {
                ActRecorder.requireRow(h, "perpetrator", "person_id", scope.id(), "perpetrator");
                ids = ActQueries.ofPerpetrator(h, scope.id());
                subject = PersonNames.of(h, List.of(scope.id()), lang).get(scope.id());
                positions = Perpetrators.positions(h, scope.id());
            }
            case "prison" -> {
                subject = Places.find(h, scope.id()).orElseThrow(() -> new InputProblem("place", "no place with id " + scope.id())).name(lang);
                ids = ActQueries.atPlace(h, scope.id());
            }
            case "period" -> {
                subject = scope.from() + " – " + scope.to();
                ids = ActQueries.inPeriod(h, scope.from(), scope.to());
            }
            default -> throw new InputProblem("scope", "unknown case file scope " + scope.kind());
        }
        List<ActQueries.Act> acts = ActQueries.load(h, ids, lang);
        Map<Long, SourceRef> sources = new LinkedHashMap<>();
        for (ActQueries.Act act : acts) for (SourceRef s : act.sources()) sources.putIfAbsent(s.id(), s);
        Set<Long> sourceIds = new LinkedHashSet<>(sources.keySet());
        for (Perpetrators.Position p : positions) {
            if (sourceIds.add(p.sourceId())) {
                h.createQuery("SELECT id, name, title, reliability, protected FROM source WHERE id = :id").bind("id", p.sourceId())
                        .map((rs, c) -> new SourceRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), null, null))
                        .findOne().ifPresent(s -> sources.put(s.id(), s));
            }
        }
        List<ActQueries.Evidence> shown = new ArrayList<>();
        int withheld = 0;
        for (ActQueries.Evidence e : ActQueries.evidence(h, sourceIds)) {
            if (e.sourceProtected()) withheld++;
            else shown.add(e);
        }
        List<Long> assertions = ids.isEmpty() ? List.of() : h.createQuery("SELECT id FROM assertion WHERE act_id IN (<ids>) ORDER BY id")
                .bindList("ids", ids).mapTo(Long.class).list();
        return new CaseFile(scope, subject, positions, acts, groups(acts), List.copyOf(sources.values()), shown, withheld, assertions);
    }

    private static List<VictimGroup> groups(List<ActQueries.Act> acts) {
        Map<List<String>, Set<Long>> byKey = new LinkedHashMap<>();
        for (ActQueries.Act act : acts) {
            List<String> key = List.of(act.placeName() == null ? "—" : act.placeName(),
                    act.earliest() == null ? "—" : Integer.toString(act.earliest().getYear()));
            for (ActQueries.Party v : act.victims()) byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(v.personId());
        }
        List<VictimGroup> out = new ArrayList<>();
        byKey.forEach((k, v) -> out.add(new VictimGroup(k.get(0), k.get(1), v.size())));
        return out;
    }
}
