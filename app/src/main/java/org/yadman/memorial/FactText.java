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

    /** Gregorian month names as Persian writes them. */
    private static final String[] PERSIAN_GREGORIAN_MONTHS = {"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
        "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"};

    /**
     * The Gregorian reading of a date: "Gregorian 1988-07-30", "Gregorian 1988-07-23 to
     * 1988-08-22"; in Persian with the month named ("۳۰ ژوئیه ۱۹۸۸"), because a numeric date
     * with hyphens is reordered by the bidirectional algorithm inside right-to-left text.
     * Null when the fact carries no Gregorian interpretation.
     */
    public static String gregorian(Lang lang, LocalDate earliest, LocalDate latest) {
        if (earliest == null && latest == null) return null;
        String text;
        if (earliest != null && latest != null) {
            text = earliest.equals(latest) ? lang.t("memorial.date.day", day(lang, earliest))
                    : lang.t("memorial.date.range", day(lang, earliest), day(lang, latest));
        } else if (earliest != null) {
            text = lang.t("memorial.date.after", day(lang, earliest));
        } else {
            text = lang.t("memorial.date.before", day(lang, latest));
        }
        return text;
    }

    private static String day(Lang lang, LocalDate date) {
        if (lang != Lang.FA) return date.toString();
        return digits(lang, date.getDayOfMonth() + " " + PERSIAN_GREGORIAN_MONTHS[date.getMonthValue() - 1] + " " + date.getYear());
    }

    /** An id or other number written plainly (no grouping), in the language's digits. */
    public static String plain(Lang lang, long number) {
        return digits(lang, Long.toString(number));
    }

    /** Text with ASCII digits written in the language's digits (Persian digits in Persian). */
    public static String digits(Lang lang, String text) {
        if (lang != Lang.FA || text == null) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        return out.toString();
    }
}
