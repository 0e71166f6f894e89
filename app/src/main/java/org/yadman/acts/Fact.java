package org.yadman.acts;

import java.time.Instant;
import java.util.List;

/** The assertion fields an act's facts use, and the provenance every one of them carries. */
public final class Fact {
    /** type: an act type code; date: as written; place: a place id; victim: a person id; perpetrator: ID|INVOLVEMENT|ROLE. */
    public static final List<String> FIELDS = List.of("type", "date", "place", "victim", "perpetrator");

    private Fact() {}

    /** Who asserts, on which source, how credibly (1..6), and when. */
    public record Provenance(long sourceId, int credibility, Long userId, Instant at) {
        public Provenance {
            if (credibility < 1 || credibility > 6) throw new InputProblem("credibility", "credibility " + credibility + " is not in 1..6");
        }
    }
}
