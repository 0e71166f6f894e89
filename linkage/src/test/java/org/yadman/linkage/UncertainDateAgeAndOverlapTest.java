package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yadman.linkage.UncertainDate.Calendar;
import org.yadman.linkage.UncertainDate.Qualifier;

/** Ages at a reference date, and which dates can be the same day. */
class UncertainDateAgeAndOverlapTest {

    private static final UncertainDate DIED_18_AUGUST_1988 = UncertainDate.parse("1988-08-18", Calendar.GREGORIAN);

    @ParameterizedTest(name = "«{0}» on 1988-08-18 → born [{1}, {2}]")
    @CsvSource(delimiter = '|', value = {
        "29           | 1958-08-19 | 1959-08-18",
        "age 29       | 1958-08-19 | 1959-08-18",
        "aged 29      | 1958-08-19 | 1959-08-18",
        "29 years old | 1958-08-19 | 1959-08-18",
        "۲۹ ساله      | 1958-08-19 | 1959-08-18",
        "سن ۲۹        | 1958-08-19 | 1959-08-18",
        "0            | 1987-08-19 | 1988-08-18",
    })
    void anAgeIsABirthRange(String text, LocalDate earliest, LocalDate latest) {
        UncertainDate born = UncertainDate.parse(text, Calendar.GREGORIAN, DIED_18_AUGUST_1988);

        assertThat(born.qualifier()).isEqualTo(Qualifier.BETWEEN);
        assertThat(born.calendar()).isEqualTo(Calendar.GREGORIAN);
        assertThat(born.year()).isNull();
        assertThat(born.earliest()).isEqualTo(earliest);
        assertThat(born.latest()).isEqualTo(latest);
        assertThat(born.toString()).isEqualTo(text);
        assertThat(UncertainDate.parse(born.toString(), Calendar.GREGORIAN, DIED_18_AUGUST_1988)).isEqualTo(born);
    }

    @Test
    void anAgeAtAnUncertainDateWidensByThatUncertainty() {
        UncertainDate diedInAugust = UncertainDate.parse("August 1988", Calendar.GREGORIAN);

        UncertainDate born = UncertainDate.ofAge(29, diedInAugust);

        assertThat(born.toString()).isEqualTo("age 29");
        assertThat(born.earliest()).isEqualTo(LocalDate.of(1958, 8, 2));
        assertThat(born.latest()).isEqualTo(LocalDate.of(1959, 8, 31));
    }

    @Test
    void anAgeOnALeapDayCountsBirthdaysAsTheCalendarDoes() {
        UncertainDate leapDay = UncertainDate.parse("2000-02-29", Calendar.GREGORIAN);

        UncertainDate born = UncertainDate.ofAge(29, leapDay);

        // born 1971-02-28: 29 on 2000-02-28; born 1970-03-01: turns 30 on 2000-03-01.
        assertThat(born.earliest()).isEqualTo(LocalDate.of(1970, 3, 1));
        assertThat(born.latest()).isEqualTo(LocalDate.of(1971, 2, 28));
    }

    @ParameterizedTest(name = "«{0}» overlaps «{1}»: {2}")
    @CsvSource(delimiter = '|', value = {
        "مرداد ۱۳۶۷           | 1988-07-28           | true",
        "مرداد ۱۳۶۷           | August 1988          | true",
        "مرداد ۱۳۶۷           | 1988-08-22           | true",
        "مرداد ۱۳۶۷           | 1988-08-23           | false",
        "شهریور 1367          | summer 1988          | true",
        "14 Shahrivar 1367    | 1988-09-05           | true",
        "14 Shahrivar 1367    | 1988-09-06           | false",
        "before 1988          | 1987-12-31           | true",
        "before 1988          | 1988-01-01           | false",
        "after 1987           | before 1988          | false",
        "after 1986           | before 1988          | true",
        "c. 1960              | 1340                 | true",
        "between 1960 and 1962 | 1963                | false",
    })
    void overlapIsSharingAtLeastOneDay(String first, String second, boolean overlaps) {
        UncertainDate a = UncertainDate.parse(first, Calendar.SOLAR_HIJRI);
        UncertainDate b = UncertainDate.parse(second, Calendar.SOLAR_HIJRI);

        assertThat(a.overlaps(b)).isEqualTo(overlaps);
        assertThat(b.overlaps(a)).as("symmetric").isEqualTo(overlaps);
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        UncertainDate mordad = UncertainDate.parse("Mordad 1367", Calendar.SOLAR_HIJRI);

        assertThat(mordad.contains(LocalDate.of(1988, 7, 23))).isTrue();
        assertThat(mordad.contains(LocalDate.of(1988, 8, 22))).isTrue();
        assertThat(mordad.contains(LocalDate.of(1988, 7, 22))).isFalse();
        assertThat(mordad.contains(LocalDate.of(1988, 8, 23))).isFalse();
    }

    @Test
    void equalTextsInDifferentCalendarsAreDifferentDates() {
        UncertainDate solar = UncertainDate.parse("1367", Calendar.SOLAR_HIJRI);
        UncertainDate gregorian = UncertainDate.parse("1367", Calendar.GREGORIAN);

        assertThat(solar).isNotEqualTo(gregorian);
        assertThat(solar.toString()).isEqualTo(gregorian.toString());
        assertThat(solar.hashCode()).isEqualTo(UncertainDate.parse("1367", Calendar.SOLAR_HIJRI).hashCode());
    }
}
