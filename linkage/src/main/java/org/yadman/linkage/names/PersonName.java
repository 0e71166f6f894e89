package org.yadman.linkage.names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name split into given name and surname, from the forms lists use: "KARIMI, Ali"
 * (surname first, before a comma), "Ali Reza Karimi" and «علی رضا کریمی» (surname last, the
 * rest is the given name). A split surname ending (Mohammad Pour, محمد پور) stays with the
 * surname. Also reads patronymics from a note: "son of Kazem", "daughter of Ali", "s/o Ali",
 * «فرزند کاظم», «پسر کاظم», «دختر کاظم».
 */
public record PersonName(String given, String surname) {

    private static final List<String> SURNAME_ENDINGS = List.of("pour", "pur", "zadeh", "zade", "nia",
        "پور", "زاده", "نیا");
    private static final Pattern PATRONYMIC = Pattern.compile(
        "(?:\\bson of|\\bdaughter of|\\bchild of|\\bs/o|\\bd/o|فرزند|پسر|دختر)\\s+([^,;()]+)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Splits a full name; given or surname may be "" (one word is taken as the surname). */
    public static PersonName parse(String fullName) {
        String text = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma < 0) {
            comma = text.indexOf('،');
        }
        if (comma >= 0) {
            return new PersonName(text.substring(comma + 1).strip(), text.substring(0, comma).strip());
        }
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        if (words.length <= 1) {
            return new PersonName("", text);
        }
        int surnameStart = words.length - 1;
        if (surnameStart > 1 && SURNAME_ENDINGS.contains(words[surnameStart].toLowerCase(Locale.ROOT))) {
            surnameStart--;
        }
        return new PersonName(String.join(" ", List.of(words).subList(0, surnameStart)),
            String.join(" ", List.of(words).subList(surnameStart, words.length)));
    }

    /** The father's name a note gives ("son of Kazem" → "Kazem"), or null. */
    public static String patronymic(String note) {
        if (note == null) {
            return null;
        }
        Matcher m = PATRONYMIC.matcher(note);
        return m.find() ? m.group(1).strip() : null;
    }
}
