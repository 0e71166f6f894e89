package org.yadman.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yadman.importing.Mapping.NameOrder;

/** Splitting a full name into given name and surname, and finding a patronymic in notes. */
final class NameParts {
    private static final Pattern LATIN_PATRONYMIC =
            Pattern.compile("(?i)\\b(?:son|daughter|child) of\\s+([^,;.()\\[\\]\\n]+)");
    private static final Pattern PERSIAN_PATRONYMIC =
            Pattern.compile("فرزند\\s+([^،؛,;.()\\[\\]\\n]+)");

    private NameParts() {}

    /** Given name and surname of a full name; either may be null when the name cannot be split. */
    record Split(String given, String surname) {}

    /**
     * "KARIMI, Hussayn" is always surname first (the comma says so). Without a comma the order
     * decides: SURNAME_FIRST takes the first word as surname, the others (GIVEN_FIRST, EITHER) the
     * last word. A single word is not split: it could be either.
     */
    static Split split(String fullName, NameOrder order) {
        String name = fullName.strip();
        int comma = name.indexOf(',');
        if (comma < 0) comma = name.indexOf('،');
        if (comma >= 0) {
            String surname = name.substring(0, comma).strip();
            String given = name.substring(comma + 1).strip();
            return new Split(given.isEmpty() ? null : given, surname.isEmpty() ? null : surname);
        }
        String[] words = name.split("\\s+");
        if (words.length < 2) return new Split(null, null);
        if (order == NameOrder.SURNAME_FIRST) {
            int space = name.indexOf(words[1], words[0].length());
            return new Split(name.substring(space).strip(), words[0]);
        }
        String last = words[words.length - 1];
        return new Split(name.substring(0, name.length() - last.length()).strip(), last);
    }

    /** The father's name in "son of Kazem", "daughter of X", «فرزند کاظم»; null when none. */
    static String patronymic(String notes) {
        Matcher latin = LATIN_PATRONYMIC.matcher(notes);
        if (latin.find()) return latin.group(1).strip();
        Matcher persian = PERSIAN_PATRONYMIC.matcher(notes);
        if (persian.find()) return persian.group(1).strip();
        return null;
    }
}
