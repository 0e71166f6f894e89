package org.yadman.demo;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;
import org.yadman.demo.NameTables.Entry;

/**
 * How compilers of lists write the same thing differently: Latin spellings, Arabic instead of
 * Persian letters, Persian or ASCII digits, Solar Hijri or Gregorian dates, whole or partial.
 */
final class Spellings {
    private static final String[] PERSIAN_MONTHS = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
    private static final String[] LATIN_PERSIAN_MONTHS = {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad",
        "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"};

    private Spellings() {}

    /** A Latin spelling: the usual one most of the time, another known variant otherwise. */
    static String latin(Entry name, Random random) {
        if (name.latin().size() == 1 || random.nextDouble() < 0.65) return name.latin().get(0);
        return name.latin().get(1 + random.nextInt(name.latin().size() - 1));
    }

    /** The Persian form, sometimes typed on an Arabic keyboard (ي and ك for ی and ک). */
    static String persian(Entry name, Random random, double arabicKeyboard) {
        if (random.nextDouble() >= arabicKeyboard) return name.persian();
        return name.persian().replace('ی', 'ي').replace('ک', 'ك');
    }

    static String persianDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        return out.toString();
    }

    /** The Solar Hijri year, month (1-12) and day of a Gregorian date. */
    static int[] solarHijri(LocalDate date) {
        PersianCalendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        calendar.clear();
        java.util.Calendar gregorian = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("GMT"), Locale.ROOT);
        gregorian.clear();
        gregorian.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0);
        calendar.setTimeInMillis(gregorian.getTimeInMillis());
        return new int[] {calendar.get(PersianCalendar.EXTENDED_YEAR), calendar.get(PersianCalendar.MONTH) + 1,
            calendar.get(PersianCalendar.DAY_OF_MONTH)};
    }

    /** "1367/05/08". */
    static String solarHijriDay(LocalDate date) {
        int[] d = solarHijri(date);
        return String.format(Locale.ROOT, "%04d/%02d/%02d", d[0], d[1], d[2]);
    }

    /** "مرداد 1367". */
    static String solarHijriMonthPersian(LocalDate date) {
        int[] d = solarHijri(date);
        return PERSIAN_MONTHS[d[1] - 1] + " " + d[0];
    }

    /** "14 Shahrivar 1367". */
    static String solarHijriDayLatin(LocalDate date) {
        int[] d = solarHijri(date);
        return d[2] + " " + LATIN_PERSIAN_MONTHS[d[1] - 1] + " " + d[0];
    }

    /** "24 July 1988". */
    static String gregorianDayWords(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** "August 1988". */
    static String gregorianMonthWords(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }
}
