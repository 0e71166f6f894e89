package org.yadman.linkage;

import java.time.LocalDate;

/**
 * An independent Solar Hijri calendar, written from the arithmetic of jalaali-js (Borkowski's
 * algorithm: leap years follow 33-year cycles between the "break" years where the cycle
 * restarts; valid for years -61..3177). Used only to check ICU: it shares no code with it.
 *
 * <p>Source: https://github.com/jalaali/jalaali-js, function {@code jalCal}. The 1st of Farvardin
 * of year jy is March {@code march} of Gregorian year jy + 621; months 1–6 have 31 days, 7–11
 * have 30, Esfand has 29, or 30 in a leap year.
 */
final class ReferenceSolarHijri {

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
        2192, 2262, 2324, 2394, 2456, 3178};

    private ReferenceSolarHijri() {
    }

    /** The Gregorian day of 1 Farvardin of a Solar Hijri year. */
    static LocalDate nowruz(int jy) {
        return LocalDate.of(jy + 621, 3, jalCal(jy)[0]);
    }

    /** Whether Esfand of the year has 30 days. */
    static boolean isLeap(int jy) {
        return jalCal(jy)[1] == 0;
    }

    /** The Gregorian day of a Solar Hijri date. */
    static LocalDate toGregorian(int jy, int jm, int jd) {
        int dayOfYear = jm <= 6 ? (jm - 1) * 31 : 6 * 31 + (jm - 7) * 30;
        return nowruz(jy).plusDays(dayOfYear + jd - 1L);
    }

    /** {year, month, day} of a Gregorian day, by counting from the nearest Nowruz. */
    static int[] fromGregorian(LocalDate date) {
        int jy = date.getYear() - 621;
        if (date.isBefore(nowruz(jy))) {
            jy--;
        }
        int dayOfYear = (int) (date.toEpochDay() - nowruz(jy).toEpochDay());
        if (dayOfYear < 6 * 31) {
            return new int[] {jy, dayOfYear / 31 + 1, dayOfYear % 31 + 1};
        }
        int rest = dayOfYear - 6 * 31;
        return new int[] {jy, rest / 30 + 7, rest % 30 + 1};
    }

    /** {march, leap}: Nowruz is March {@code march}; {@code leap == 0} in a leap year. */
    private static int[] jalCal(int jy) {
        int gy = jy + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        if (jy < jp || jy >= BREAKS[BREAKS.length - 1]) {
            throw new IllegalArgumentException("Solar Hijri year " + jy + " out of range -61..3177");
        }
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (jy < jm) {
                break;
            }
            leapJ = leapJ + jump / 33 * 8 + (jump % 33) / 4;
            jp = jm;
        }
        int n = jy - jp;
        leapJ = leapJ + n / 33 * 8 + ((n % 33) + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = (((n + 1) % 33) - 1) % 4;
        if (leap == -1) {
            leap = 4;
        }
        return new int[] {march, leap};
    }
}
