package org.yadman.accounts;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rules for account names and passwords, in one place so the command line and the login page
 * apply the same ones.
 *
 * <p>Both are brought to Unicode NFKC and any decimal digit (Persian ۱۲۳, Arabic-Indic ١٢٣) to
 * ASCII before use, as NIST SP 800-63B advises: the same password typed on a Persian and on a
 * Latin keyboard must be the same password.
 */
public final class Credentials {
    /** NIST SP 800-63B asks for at least 8; we ask more, for accounts that open restricted data. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Long enough for any passphrase, short enough that nobody makes the server hash a megabyte. */
    public static final int MAX_PASSWORD_LENGTH = 1024;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");

    private Credentials() {}

    /** The comparison form of a typed account name; never null. */
    public static String normaliseName(String typed) {
        return typed == null ? "" : normalise(typed.strip());
    }

    /** The comparison form of a typed password; never null. */
    public static String normalisePassword(String typed) {
        return typed == null ? "" : normalise(typed);
    }

    /** Throws with a message stating the rule when {@code name} (already normalised) breaks it. */
    public static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("account name '" + name + "' is not allowed: use 2 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    /** Throws with a message stating the rule when {@code password} (already normalised) breaks it. */
    public static void checkPassword(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password too short: " + length + " characters, at least "
                    + MIN_PASSWORD_LENGTH + " required (a few unrelated words make a good one)");
        }
        if (length > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password too long: " + length + " characters, at most " + MAX_PASSWORD_LENGTH);
        }
        if (password.isBlank()) throw new IllegalArgumentException("password must not be only spaces");
    }

    private static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) out.append((char) ('0' + Character.digit(cp, 10)));
            else out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
