package org.yadman.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.yadman.linkage.UncertainDate.Calendar;

/**
 * The words of written dates, as they look after {@link PersianText#fold} (lower case, Persian
 * letters, no accents or apostrophes): month names in both scripts, seasons, calendar marks and
 * qualifiers. A month name fixes the calendar; a season does not (see {@link DateParser}).
 */
final class DateWords {

    /** A month of a named calendar. */
    record Month(Calendar calendar, int number) {
    }

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Integer> SEASONS = new HashMap<>();
    private static final Map<String, Calendar> CALENDAR_MARKS = new HashMap<>();

    static final Set<String> ABOUT = Set.of("c", "c.", "ca", "ca.", "circa", "about", "abt", "abt.", "approx",
        "approx.", "approximately", "around", "~", "حدود", "حدودا", "تقریبا");
    static final Set<String> BEFORE = Set.of("before", "bef", "bef.", "<", "قبل", "پیش");
    static final Set<String> AFTER = Set.of("after", "aft", "aft.", ">", "بعد", "پس");
    /** The word after قبل / پیش / بعد / پس ("before of", "after of"). */
    static final String PERSIAN_FROM = "از";
    static final Set<String> BETWEEN_OPENERS = Set.of("between", "bet", "bet.", "from", "بین", "میان", "از");
    static final Set<String> BETWEEN_SEPARATORS = Set.of("and", "to", "-", "و", "تا");
    static final Set<String> AGE_PREFIXES = Set.of("age", "aged", "سن");
    static final Set<String> AGE_SUFFIXES = Set.of("years", "year", "yrs", "yr", "y", "old", "ساله", "سال");
    /** Words that may stand around a date without changing it: مرداد ماه ۱۳۶۷, در حدود ۱۳۴۰, 28 of July. */
    static final Set<String> FILLERS = Set.of("ماه", "سال", "of", "the", "in", "on", "year", "هجری", "در");

    static {
        solarHijri(1, "فروردین", "farvardin", "farvardeen", "farwardin");
        solarHijri(2, "اردیبهشت", "ordibehesht", "ordibehest", "ordibehesht", "ordibehecht", "urdibihisht");
        solarHijri(3, "خرداد", "khordad", "khordaad", "khurdad", "xordad");
        solarHijri(4, "تیر", "tir", "teer");
        solarHijri(5, "مرداد", "امرداد", "mordad", "amordad", "mordaad", "murdad", "amurdad");
        solarHijri(6, "شهریور", "shahrivar", "shahrivar", "shahriwar", "sharivar", "shahrewar");
        solarHijri(7, "مهر", "mehr", "mihr");
        solarHijri(8, "آبان", "ابان", "aban", "abaan");
        solarHijri(9, "آذر", "اذر", "azar", "adhar", "azer");
        solarHijri(10, "دی", "dey", "dei", "dai");
        solarHijri(11, "بهمن", "bahman");
        solarHijri(12, "اسفند", "esfand", "esfand", "isfand", "espand", "esfan");
        gregorian(1, "january", "jan", "ژانویه");
        gregorian(2, "february", "feb", "فوریه");
        gregorian(3, "march", "mar", "مارس");
        gregorian(4, "april", "apr", "آوریل");
        gregorian(5, "may", "مه");
        gregorian(6, "june", "jun", "ژوئن");
        gregorian(7, "july", "jul", "ژوئیه", "جولای");
        gregorian(8, "august", "aug", "اوت", "آگوست");
        gregorian(9, "september", "sep", "sept", "سپتامبر");
        gregorian(10, "october", "oct", "اکتبر");
        gregorian(11, "november", "nov", "نوامبر");
        gregorian(12, "december", "dec", "دسامبر");
        season(1, "spring", "بهار");
        season(2, "summer", "تابستان");
        season(3, "autumn", "fall", "پاییز");
        season(4, "winter", "زمستان");
        marks(Calendar.GREGORIAN, "ad", "a.d.", "ce", "c.e.", "م", "م.", "میلادی");
        marks(Calendar.SOLAR_HIJRI, "sh", "s.h.", "ش", "ه.ش", "ه.ش.", "هش", "شمسی", "خورشیدی");
        marks(Calendar.LUNAR_HIJRI, "ah", "a.h.", "ق", "ه.ق", "ه.ق.", "هق", "قمری");
    }

    private DateWords() {
    }

    /** The month a word names, or null. A trailing dot of an abbreviation is ignored ("Aug."). */
    static Month month(String word) {
        Month month = MONTHS.get(word);
        return month != null || !word.endsWith(".") ? month : MONTHS.get(word.substring(0, word.length() - 1));
    }

    /** The season 1 (spring) .. 4 (winter) a word names, or null. */
    static Integer season(String word) {
        return SEASONS.get(word);
    }

    /** The calendar an era mark names (AD, SH, ه.ش, ق, …), or null. */
    static Calendar calendarMark(String word) {
        return CALENDAR_MARKS.get(word);
    }

    /** The English name of a month, for error messages: "Esfand", "February". */
    static String monthName(Calendar calendar, int month) {
        String[] names = calendar == Calendar.SOLAR_HIJRI
            ? new String[] {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar",
                "Dey", "Bahman", "Esfand"}
            : calendar == Calendar.LUNAR_HIJRI
            ? new String[] {"Muharram", "Safar", "Rabi I", "Rabi II", "Jumada I", "Jumada II", "Rajab", "Shaban",
                "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"}
            : new String[] {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        return names[month - 1];
    }

    private static void solarHijri(int number, String... names) {
        for (String name : names) {
            MONTHS.put(PersianText.fold(name, false), new Month(Calendar.SOLAR_HIJRI, number));
        }
    }

    private static void gregorian(int number, String... names) {
        for (String name : names) {
            MONTHS.put(PersianText.fold(name, false), new Month(Calendar.GREGORIAN, number));
        }
    }

    private static void season(int number, String... names) {
        for (String name : names) {
            SEASONS.put(PersianText.fold(name, false), number);
        }
    }

    private static void marks(Calendar calendar, String... names) {
        for (String name : names) {
            CALENDAR_MARKS.put(PersianText.fold(name, false), calendar);
        }
    }
}
