package org.yadman.acts;

import java.util.Locale;

/** What was done: the kinds of act the V1 schema allows, stored as their lower-case code. */
public enum ActType {
    ARREST, DETENTION, TRIAL, EXECUTION, BURIAL, ENFORCED_DISAPPEARANCE, THREAT_TO_FAMILY, GRAVE_DESTRUCTION, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a stored or posted code; throws naming the value and the allowed codes. */
    public static ActType ofCode(String code) {
        for (ActType t : values()) if (t.code().equals(code)) return t;
        throw new IllegalArgumentException("act type \"" + code + "\" is not one of " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
