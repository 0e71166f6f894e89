package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.UncertainDate.Calendar;

/**
 * ICU's calendars against arithmetic written here from the published algorithms: jalaali-js for
 * Solar Hijri ({@link ReferenceSolarHijri}) and the tabular Islamic calendar (Fourmilab's
 * {@code islamic_to_jd}) for Lunar Hijri; and Gregorian → calendar → Gregorian round trips.
 */
class ReferenceCalendarsTest {

    @Test
    void referenceAlgorithmAgreesWithKnownNowruz() {
        assertThat(ReferenceSolarHijri.nowruz(1367)).isEqualTo(LocalDate.of(1988, 3, 21));
        assertThat(ReferenceSolarHijri.nowruz(1368)).isEqualTo(LocalDate.of(1989, 3, 21));
        assertThat(ReferenceSolarHijri.nowruz(1403)).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(ReferenceSolarHijri.toGregorian(1367, 5, 6)).isEqualTo(LocalDate.of(1988, 7, 28));
        assertThat(ReferenceSolarHijri.isLeap(1366)).isTrue();
        assertThat(ReferenceSolarHijri.isLeap(1367)).isFalse();
    }

    @Test
    void icuSolarHijriMatchesTheReferenceOnEveryDayOfYears1300To1420() {
        for (int year = 1300; year <= 1420; year++) {
            assertThat(CalendarConversion.monthLength(Calendar.SOLAR_HIJRI, year, 12))
                .as("days of Esfand %d", year).isEqualTo(ReferenceSolarHijri.isLeap(year) ? 30 : 29);
            for (int month = 1; month <= 12; month++) {
                int length = CalendarConversion.monthLength(Calendar.SOLAR_HIJRI, year, month);
                assertThat(length).as("days of month %d of %d", month, year)
                    .isEqualTo(month <= 6 ? 31 : month <= 11 ? 30 : ReferenceSolarHijri.isLeap(year) ? 30 : 29);
                for (int day = 1; day <= length; day++) {
                    assertThat(CalendarConversion.toGregorian(Calendar.SOLAR_HIJRI, year, month, day))
                        .as("%d/%d/%d", year, month, day)
                        .isEqualTo(ReferenceSolarHijri.toGregorian(year, month, day));
                }
            }
        }
    }

    @Test
    void icuLunarHijriMatchesTheTabularCalendarOnTheFirstOfEveryMonthOfYears1300To1500() {
        for (int year = 1300; year <= 1500; year++) {
            for (int month = 1; month <= 12; month++) {
                assertThat(CalendarConversion.toGregorian(Calendar.LUNAR_HIJRI, year, month, 1))
                    .as("1/%d/%d AH", month, year).isEqualTo(tabularIslamic(year, month, 1));
            }
        }
    }

    @Property(tries = 2000)
    void gregorianToSolarHijriAndBackIsTheSameDay(@ForAll("days1900To2100") LocalDate day) {
        int[] solar = CalendarConversion.fromGregorian(Calendar.SOLAR_HIJRI, day);

        assertThat(CalendarConversion.toGregorian(Calendar.SOLAR_HIJRI, solar[0], solar[1], solar[2])).isEqualTo(day);
        assertThat(solar).as("ICU against the reference").containsExactly(ReferenceSolarHijri.fromGregorian(day));
        assertThat(solar[2]).isBetween(1, CalendarConversion.monthLength(Calendar.SOLAR_HIJRI, solar[0], solar[1]));
    }

    @Property(tries = 1000)
    void gregorianToLunarHijriAndBackIsTheSameDay(@ForAll("days1900To2100") LocalDate day) {
        int[] lunar = CalendarConversion.fromGregorian(Calendar.LUNAR_HIJRI, day);

        assertThat(CalendarConversion.toGregorian(Calendar.LUNAR_HIJRI, lunar[0], lunar[1], lunar[2])).isEqualTo(day);
    }

    @Property(tries = 500)
    void aParsedSolarHijriDayIsTheDayItWasMadeFrom(@ForAll("days1900To2100") LocalDate day) {
        int[] solar = ReferenceSolarHijri.fromGregorian(day);
        // The era mark: without it, years after 1420 are read as Gregorian (the bare-year rule).
        String written = solar[0] + "/" + solar[1] + "/" + solar[2] + " SH";

        UncertainDate parsed = UncertainDate.parse(written, Calendar.SOLAR_HIJRI);

        assertThat(parsed.earliest()).as(written).isEqualTo(day);
        assertThat(parsed.latest()).isEqualTo(day);
    }

    @Provide
    Arbitrary<LocalDate> days1900To2100() {
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    /**
     * Fourmilab's {@code islamic_to_jd}: day + ⌈29.5 (month − 1)⌉ + 354 (year − 1)
     * + ⌊(3 + 11 year) / 30⌋ + epoch − 1, with the epoch at Julian day 1948439.5 (16 July 622,
     * Julian calendar). The half day is the noon-to-midnight shift from astronomical Julian days.
     */
    private static LocalDate tabularIslamic(int year, int month, int day) {
        long julianDayNumber = day + (long) Math.ceil(29.5 * (month - 1)) + (year - 1) * 354L
            + Math.floorDiv(3 + 11L * year, 30) + 1_948_440L - 1;
        return LocalDate.ofEpochDay(julianDayNumber - 2_440_588L);
    }
}
