package org.yadman.memorial;

import java.time.LocalDate;
import java.util.List;
import org.yadman.web.Lang;

/** Words for facts on public pages: field labels and the Gregorian reading of a date. */
public final class FactText {
    /** Fields with a label in the memorial bundle; any other field is shown by its own name. */
    public static final List<String> LABELLED_FIELDS = List.of(
            "full_name", "given_name", "surname", "father_name", "sex", "birth_date", "birth_year", "age",
            "death_date", "birth_place", "place", "city", "prison", "burial_place", "affiliation",
            "occupation", "education", "note", "notes");

    private FactText() {}

    public static String label(Lang lang, String field) {
        return LABELLED_FIELDS.contains(field) ? lang.t("memorial.field." + field) : field;
    }

    /**
     * "1988-07-30" for an exact day, "1988-07-23 – 1988-08-22" for a range, in the page's digits;
     * null when the fact carries no Gregorian interpretation.
     */
    public static String gregorian(Lang lang, LocalDate earliest, LocalDate latest) {
        if (earliest == null && latest == null) return null;
        String text;
        if (earliest != null && latest != null) {
            text = earliest.equals(latest) ? lang.t("memorial.date.day", earliest.toString())
                    : lang.t("memorial.date.range", earliest.toString(), latest.toString());
        } else if (earliest != null) {
            text = lang.t("memorial.date.after", earliest.toString());
        } else {
            text = lang.t("memorial.date.before", latest.toString());
        }
        return digits(lang, text);
    }

    /** Text with ASCII digits written in the language's digits (Persian digits in Persian). */
    public static String digits(Lang lang, String text) {
        if (lang != Lang.FA || text == null) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        return out.toString();
    }
}
