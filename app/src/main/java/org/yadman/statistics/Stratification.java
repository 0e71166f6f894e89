package org.yadman.statistics;

import java.util.Locale;

/**
 * What a stratified estimate splits persons by: a fact from their current (unretracted) assertions.
 * A person whose sources disagree gets the value most of their assertions give (ties: the first in
 * sort order); a person with none is in the stratum {@link #UNKNOWN}.
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

    public static Stratification fromCode(String code) {
        for (Stratification s : values()) if (s.code().equals(code)) return s;
        throw new IllegalArgumentException("--stratify must be prison, city, sex or period; got '" + code + "'");
    }
}
