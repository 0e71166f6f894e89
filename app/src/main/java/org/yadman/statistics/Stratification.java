package org.yadman.statistics;

import java.util.Locale;
import java.util.Set;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.names.Gazetteer;

/**
 * What a stratified estimate splits persons by: a fact from their current (unretracted) assertions.
 * A person whose sources disagree gets the value most of their assertions give (ties: the first in
 * sort order); a person with none is in the stratum {@link #UNKNOWN}.
 *
 * <p>Values are compared as the same place or sex however a list spells them: a person's Persian
 * record says «اوین» and their English one "Evin", and splitting them would put one person's
 * records in two strata and every list's own spelling in a stratum of its own. Prisons and cities
 * go through the gazetteer (its id, or a phonetic key marked "~" for a place it does not know); sex
 * through a small table of words.
 */
public enum Stratification {
    PRISON("prison"),
    CITY("city"),
    SEX("sex"),
    /** The month of death, where the death date is known to the month (earliest and latest in the same month). */
    PERIOD("death_date");

    public static final String UNKNOWN = "unknown";

    private final String field;

    Stratification(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Set<String> MALE = Set.of("m", "male", "man", "mr", "مرد", "ذکور", "مذکر");
    private static final Set<String> FEMALE = Set.of("f", "female", "woman", "mrs", "ms", "زن", "اناث", "مونث", "مؤنث");

    /** The stratum a value (as written, or a month for PERIOD) belongs to; null when it says nothing. */
    String key(String value) {
        if (value == null || value.isBlank()) return null;
        return switch (this) {
            case PERIOD -> value;
            case PRISON, CITY -> Gazetteer.standard().idOrKey(value);
            case SEX -> {
                String word = PersianText.normalise(value).toLowerCase(Locale.ROOT).replace(".", "").strip();
                yield MALE.contains(word) ? "male" : FEMALE.contains(word) ? "female" : "~" + word;
            }
        };
    }

    public static Stratification fromCode(String code) {
        for (Stratification s : values()) if (s.code().equals(code)) return s;
        throw new IllegalArgumentException("--stratify must be prison, city, sex or period; got '" + code + "'");
    }
}
