package org.yadman.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a column of an imported list holds; the YAML name is the lower-case constant name. */
public enum FieldKind {
    GIVEN_NAME, SURNAME, FULL_NAME, FATHER_NAME, BIRTH_DATE, BIRTH_YEAR, AGE, DEATH_DATE,
    CITY, PRISON, AFFILIATION, SEX, NOTES, IGNORE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FieldKind fromYaml(String name) {
        for (FieldKind kind : values()) {
            if (kind.yamlName().equals(name.trim().toLowerCase(Locale.ROOT))) return kind;
        }
        throw new IllegalArgumentException("unknown column kind '" + name + "'; known: "
                + Arrays.stream(values()).map(FieldKind::yamlName).collect(Collectors.joining(", ")));
    }

    /** Values compared as names: normalised with PersianText for search and linkage. */
    boolean isNameLike() {
        return this == GIVEN_NAME || this == SURNAME || this == FULL_NAME || this == FATHER_NAME
                || this == CITY || this == PRISON || this == AFFILIATION;
    }
}
