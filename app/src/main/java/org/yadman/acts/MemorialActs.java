package org.yadman.acts;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yadman.web.Lang;

/**
 * What a published person's memorial page says about acts: each act they suffered (type, date as
 * written, place) with its sources, protected witnesses by pseudonym only, and the burial place as
 * known (the place of their burial acts). Perpetrators are named in the workspace and in case
 * files, not on the public memorial. The caller has checked that the person is published.
 */
public final class MemorialActs {
    /** One act as the memorial shows it. */
    public record Line(long id, String type, String dateText, LocalDate earliest, LocalDate latest, String place, List<String> sources) {}

    public record View(List<Line> acts, List<String> burialPlaces) {
        public boolean isEmpty() {
            return acts.isEmpty();
        }
    }

    private MemorialActs() {}

    public static View of(Jdbi jdbi, long personId, Lang lang) {
        return jdbi.withHandle(h -> {
            List<ActQueries.Act> acts = ActQueries.load(h, ActQueries.ofVictim(h, personId), lang);
            List<Line> lines = acts.stream().map(a -> new Line(a.id(), a.type(), a.dateText(), a.earliest(), a.latest(), a.placeName(),
                    a.sources().stream().map(s -> s.publicLabel(lang)).distinct().toList())).toList();
            List<String> burial = acts.stream().filter(a -> a.type().equals("burial") && a.placeName() != null)
                    .map(ActQueries.Act::placeName).distinct().toList();
            return new View(lines, burial);
        });
    }
}
