package org.yadman.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an account may do. Stored as its lower-case code in {@code app_user.role}. */
public enum Role {
    /** Manages accounts and everything investigators do. */
    ADMIN,
    /** Imports sources, decides links, records assertions. */
    INVESTIGATOR,
    /** Reads the workspace and runs estimates; changes nothing in the registry. */
    ANALYST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) if (role.code().equals(code)) return role;
        throw new IllegalArgumentException("unknown role '" + code + "'; expected one of " + codes());
    }

    public static String codes() {
        return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    }
}
