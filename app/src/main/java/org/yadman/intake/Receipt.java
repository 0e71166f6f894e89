package org.yadman.intake;

import java.security.SecureRandom;
import org.yadman.linkage.PersianText;

/**
 * A submitter's 16-digit receipt: about 53 bits of chance, digits because they exist on every
 * keyboard and in every script. Shown once; the server keeps only a slow hash of it
 * ({@link ReceiptKeys}).
 */
public record Receipt(String digits) {
    public static final int LENGTH = 16;

    public Receipt {
        if (digits == null || !digits.matches("[0-9]{" + LENGTH + "}")) throw new IllegalArgumentException("a receipt is " + LENGTH + " digits");
    }

    public static Receipt random(SecureRandom random) {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) s.append((char) ('0' + random.nextInt(10)));
        return new Receipt(s.toString());
    }

    /**
     * The receipt typed by a person: Persian or Arabic digits, spaces and dashes allowed. Null when
     * what remains is not exactly 16 digits.
     */
    public static Receipt parse(String typed) {
        if (typed == null) return null;
        String ascii = PersianText.digitsToAscii(typed).replaceAll("[\\s\\-\u200c\u200f\u200e]", "");
        return ascii.matches("[0-9]{" + LENGTH + "}") ? new Receipt(ascii) : null;
    }

    /** Four groups of four, easier to copy by hand. */
    public String grouped() {
        return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " " + digits.substring(12);
    }

    @Override
    public String toString() {
        return "Receipt[hidden]";
    }
}
