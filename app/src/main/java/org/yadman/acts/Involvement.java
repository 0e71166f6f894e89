package org.yadman.acts;

import java.util.Locale;

/** How a perpetrator took part in an act (the V1 act_perpetrator check), strongest first. */
public enum Involvement {
    ORDERED, COMMITTED, PARTICIPATED, AIDED, PRESENT, RESPONSIBLE_AS_SUPERIOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Involvement ofCode(String code) {
        for (Involvement i : values()) if (i.code().equals(code)) return i;
        throw new IllegalArgumentException("involvement \"" + code + "\" is not one of " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
