package org.yadman.atlas;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import org.yadman.web.Lang;

/**
 * Days written for people: in both calendars, the page's own first. English pages lead with the
 * Gregorian date ("25 Jul 1988"), Persian pages with the Solar Hijri one in Persian digits
 * («۳ مرداد ۱۳۶۷»); the other calendar follows where there is room.
 */
public final class DateLabels {
    private DateLabels() {}

    /** The day in the page's main calendar. */
    public static String primary(LocalDate day, Lang lang) {
        return lang == Lang.FA ? solarHijri(day, lang) : gregorian(day, lang);
    }

    /** The day in the other calendar. */
    public static String secondary(LocalDate day, Lang lang) {
        return lang == Lang.FA ? gregorian(day, lang) : solarHijri(day, lang);
    }

    public static String gregorian(LocalDate day, Lang lang) {
        return digits(day.getDayOfMonth(), lang) + " " + lang.t("atlas.gregorian.month." + day.getMonthValue()) + " "
                + digits(day.getYear(), lang);
    }

    public static String solarHijri(LocalDate day, Lang lang) {
        int[] ymd = toSolarHijri(day);
        return digits(ymd[2], lang) + " " + lang.t("atlas.solarHijri.month." + ymd[1]) + " " + digits(ymd[0], lang);
    }

    /** A range of days, both ends in the page's main calendar. */
    public static String range(LocalDate earliest, LocalDate latest, Lang lang) {
        return lang.t("atlas.range", primary(earliest, lang), primary(latest, lang));
    }

    /** Year, month (1–12) and day of the Solar Hijri calendar. */
    static int[] toSolarHijri(LocalDate day) {
        Calendar cal = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("@calendar=persian"));
        cal.clear();
        cal.set(Calendar.JULIAN_DAY, Math.toIntExact(day.toEpochDay() + 2_440_588));
        return new int[] {cal.get(Calendar.YEAR), cal.get(Calendar.MONTH) + 1, cal.get(Calendar.DAY_OF_MONTH)};
    }

    /** A year or day number without grouping separators, in the language's digits. */
    static String digits(int value, Lang lang) {
        String ascii = Integer.toString(value);
        if (lang == Lang.EN) return ascii;
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) out.append((char) ('۰' + (c - '0')));
        return out.toString();
    }
}
