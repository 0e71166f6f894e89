package org.yadman.acts;

import java.util.List;
import org.yadman.linkage.UncertainDate;

/**
 * An act as an investigator states it, before it is written: what, when (as written, parsed), where,
 * to whom, by whom, and the one source (with its record, if any) and credibility (1..6) that every
 * fact of it is asserted on. More sources are added later as further assertions of the same facts.
 */
public record ActDraft(ActType type, UncertainDate date, Long placeId, String description, List<Long> victims,
                       List<PerpetratorLink> perpetrators, long sourceId, Long sourceRecordId, int credibility) {

    /** One perpetrator of the act: the person, how they took part, and their role in it (free text). */
    public record PerpetratorLink(long personId, Involvement involvement, String role) {
        public PerpetratorLink {
            if (role == null || role.isBlank()) throw new InputProblem("role", "a perpetrator's role must not be empty");
            role = role.strip();
        }

        /** The assertion value: person id, involvement code and role, separated by '|' (the role last, so it may hold '|'). */
        public String assertionValue() {
            return personId + "|" + involvement.code() + "|" + role;
        }

        public static PerpetratorLink ofAssertionValue(String value) {
            String[] parts = value.split("\\|", 3);
            if (parts.length != 3) throw new IllegalArgumentException("perpetrator assertion \"" + value + "\" is not ID|INVOLVEMENT|ROLE");
            return new PerpetratorLink(Long.parseLong(parts[0]), Involvement.ofCode(parts[1]), parts[2]);
        }
    }

    public ActDraft {
        if (type == null) throw new InputProblem("type", "an act needs a type");
        if (credibility < 1 || credibility > 6) throw new InputProblem("credibility", "credibility " + credibility + " is not in 1..6");
        victims = List.copyOf(victims);
        perpetrators = List.copyOf(perpetrators);
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
