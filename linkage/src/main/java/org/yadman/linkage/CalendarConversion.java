package org.yadman.linkage;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Day arithmetic in the three calendars, through ICU4J.
 *
 * <p>Gregorian is java.time's proleptic ISO calendar (no Julian switch in 1582). Solar Hijri is
 * ICU's {@code persian} calendar. Lunar Hijri is ICU's {@code islamic-civil}: the tabular
 * calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29, Friday epoch).
 * It is defined for every year, unlike Umm al-Qura (1300–1600 AH only), and is what most
 * converters print; dates actually observed in Iran (by the sighting of the moon) can differ
 * from it by a day or two, which the reader of a Lunar Hijri date must allow for.
 *
 * <p>ICU calendars are computed in GMT so that no time-zone rule (Tehran changed its clocks at
 * midnight in some years) can shift a day. ICU calendars are mutable and not thread-safe, so
 * each call makes its own.
 */
final class CalendarConversion {

    /** Julian day number of 1970-01-01, the java.time epoch day 0. */
    private static final int JULIAN_DAY_OF_EPOCH = 2_440_588;

    private CalendarConversion() {
    }

    /** The Gregorian day of a valid date; month 1..12, day 1..{@link #monthLength}. */
    static LocalDate toGregorian(UncertainDate.Calendar calendar, int year, int month, int day) {
        if (calendar == UncertainDate.Calendar.GREGORIAN) {
            return LocalDate.of(year, month, day);
        }
        Calendar icu = icuCalendar(calendar);
        icu.set(year, month - 1, day);
        return LocalDate.ofEpochDay((long) icu.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    /** {year, month 1..12, day} of a Gregorian day in the given calendar. */
    static int[] fromGregorian(UncertainDate.Calendar calendar, LocalDate date) {
        if (calendar == UncertainDate.Calendar.GREGORIAN) {
            return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
        }
        Calendar icu = icuCalendar(calendar);
        icu.set(Calendar.JULIAN_DAY, Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return new int[] {icu.get(Calendar.YEAR), icu.get(Calendar.MONTH) + 1, icu.get(Calendar.DAY_OF_MONTH)};
    }

    /** Number of days of a month 1..12: Esfand has 30 days in a Solar Hijri leap year, else 29. */
    static int monthLength(UncertainDate.Calendar calendar, int year, int month) {
        if (calendar == UncertainDate.Calendar.GREGORIAN) {
            return YearMonth.of(year, month).lengthOfMonth();
        }
        Calendar icu = icuCalendar(calendar);
        icu.set(year, month - 1, 1);
        return icu.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    /** The last day of a month, as a Gregorian day. */
    static LocalDate lastDayOfMonth(UncertainDate.Calendar calendar, int year, int month) {
        return toGregorian(calendar, year, month, monthLength(calendar, year, month));
    }

    private static Calendar icuCalendar(UncertainDate.Calendar calendar) {
        String type = calendar == UncertainDate.Calendar.SOLAR_HIJRI ? "persian" : "islamic-civil";
        Calendar icu = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("@calendar=" + type));
        icu.clear();
        return icu;
    }
}
