package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yadman.linkage.UncertainDate.Calendar;

/** Texts that are not dates, or name days that do not exist, and the message each one gets. */
class UncertainDateRejectTest {

    @ParameterizedTest(name = "{0} [{1}] → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1367/13/40          | SOLAR_HIJRI | month 13 out of range 1..12 in '1367/13/40'",
        "1367/00/10          | SOLAR_HIJRI | month 0 out of range 1..12 in '1367/00/10'",
        "1988-02-30          | GREGORIAN   | day 30 out of range 1..29 for February 1988 (Gregorian) in '1988-02-30'",
        "1987-02-29          | GREGORIAN   | day 29 out of range 1..28 for February 1987 (Gregorian) in '1987-02-29'",
        "31 Esfand 1367      | SOLAR_HIJRI | day 31 out of range 1..29 for Esfand 1367 (Solar Hijri) in '31 Esfand 1367'",
        "30 Esfand 1367      | SOLAR_HIJRI | day 30 out of range 1..29 for Esfand 1367 (Solar Hijri) in '30 Esfand 1367'",
        "32 Mordad 1367      | SOLAR_HIJRI | day 32 out of range 1..31 for Mordad 1367 (Solar Hijri) in '32 Mordad 1367'",
        "31 Mehr 1367        | SOLAR_HIJRI | day 31 out of range 1..30 for Mehr 1367 (Solar Hijri) in '31 Mehr 1367'",
        "1367/07/31          | SOLAR_HIJRI | day 31 out of range 1..30 for Mehr 1367 (Solar Hijri) in '1367/07/31'",
        "0 July 1988         | GREGORIAN   | day 0 out of range 1..31 for July 1988 (Gregorian) in '0 July 1988'",
        "1409/01/31          | LUNAR_HIJRI | day 31 out of range 1..30 for Muharram 1409 (Lunar Hijri) in '1409/01/31'",
        "05/06/1988          | GREGORIAN   | ambiguous order of day and month (5 and 6); write the year first, e.g. 1988-6-5 in '05/06/1988'",
        "29                  | GREGORIAN   | '29' is an age (1 to 3 digits; a year has 4), and an age needs a reference date in '29'",
        "Mordad 67           | SOLAR_HIJRI | no year (a year has 4 digits) in 'Mordad 67'",
        "Mordad              | SOLAR_HIJRI | no year (a year has 4 digits) in 'Mordad'",
        "yesterday           | GREGORIAN   | unrecognised word 'yesterday' in 'yesterday'",
        "6 Mordad July 1367  | SOLAR_HIJRI | unrecognised word 'july' in '6 Mordad July 1367'",
        "7 6 1367            | SOLAR_HIJRI | unrecognised word '6' in '7 6 1367'",
        "7 1367              | SOLAR_HIJRI | no month or season name and not a numeric date in '7 1367'",
        "summer 6 1988       | GREGORIAN   | a season has no day, got 6 in 'summer 6 1988'",
        "summer 1409 AH      | GREGORIAN   | seasons are Solar Hijri quarters and cannot be given a Lunar Hijri year 1409 in 'summer 1409 AH'",
        "July 1988 SH        | GREGORIAN   | era mark SOLAR_HIJRI contradicts month name of GREGORIAN in 'July 1988 SH'",
        "1367 SH AD          | GREGORIAN   | two era marks (SOLAR_HIJRI and GREGORIAN) in '1367 SH AD'",
        "between 1962 and 1960 | GREGORIAN | range start 1962-01-01 after range end 1960-12-31 in 'between 1962 and 1960'",
        "between 1960 and    | GREGORIAN   | a range needs a date on both sides of and, to, -, و or تا in 'between 1960 and'",
        "about               | GREGORIAN   | no date after the qualifier in 'about'",
        "0000                | GREGORIAN   | year 0 out of range 1..9999 in '0000'",
        "ماه                 | SOLAR_HIJRI | no date in 'ماه'",
    })
    void rejectsWithTheRuleAndTheValue(String text, Calendar defaultCalendar, String message) {
        assertThatThrownBy(() -> UncertainDate.parse(text, defaultCalendar))
            .isInstanceOf(DateTimeParseException.class)
            .hasMessage(message)
            .extracting(e -> ((DateTimeParseException) e).getParsedString()).isEqualTo(text);
    }

    /** Any jumble of date-like words either parses to a consistent range or gets the parse exception. */
    @Property(tries = 3000)
    void neverFailsWithAnythingButAParseException(@ForAll("dateLikeTexts") String text) {
        UncertainDate reference = UncertainDate.parse("1988-08-18", Calendar.GREGORIAN);
        try {
            UncertainDate date = UncertainDate.parse(text, Calendar.SOLAR_HIJRI, reference);
            if (date != null && date.earliest() != null && date.latest() != null) {
                assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
            }
        } catch (DateTimeParseException expected) {
            assertThat(expected.getMessage()).endsWith(" in '" + text + "'");
        }
    }

    @Provide
    Arbitrary<String> dateLikeTexts() {
        Arbitrary<String> numbers = Arbitraries.integers().between(0, 99_999).map(String::valueOf);
        Arbitrary<String> numeric = Combinators.combine(Arbitraries.integers().between(0, 9999),
            Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40), Arbitraries.of("/", "-", "."))
            .as((y, m, d, sep) -> y + sep + m + sep + d);
        Arbitrary<String> words = Arbitraries.of("Mordad", "Esfand", "مرداد", "July", "Feb", "summer", "تابستان",
            "winter", "c.", "about", "حدود", "before", "after", "قبل", "از", "between", "and", "to", "تا", "و", "-",
            "age", "ساله", "SH", "AH", "AD", "ش", "ماه", ",", "۱۳۶۷", "٢٩", "1367/12/30", "1988-07");
        Arbitrary<String> word = Arbitraries.oneOf(numbers, numeric, words);
        return word.list().ofMinSize(1).ofMaxSize(5).map(list -> String.join(" ", list));
    }

    @Test
    void ageOutsideAHumanLifeIsRejected() {
        UncertainDate reference = UncertainDate.parse("1988-08-18", Calendar.GREGORIAN);
        assertThatThrownBy(() -> UncertainDate.parse("age 151", Calendar.GREGORIAN, reference))
            .isInstanceOf(DateTimeParseException.class)
            .hasMessage("age 151 out of range 0..150 in 'age 151'");
        assertThatThrownBy(() -> UncertainDate.ofAge(-1, reference))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("age -1 out of range 0..150 in 'age -1'");
    }

    @Test
    void anAgeNeedsAReferenceWithBothBounds() {
        UncertainDate before = UncertainDate.parse("before 1988", Calendar.GREGORIAN);
        assertThatThrownBy(() -> UncertainDate.ofAge(29, before))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("reference date for an age must have both bounds, got BEFORE 'before 1988'");
    }

    @Test
    void nothingWrittenIsNoDateNotAnError() {
        assertThat(UncertainDate.parse(null, Calendar.SOLAR_HIJRI)).isNull();
        assertThat(UncertainDate.parse("", Calendar.SOLAR_HIJRI)).isNull();
        assertThat(UncertainDate.parse(" \t", Calendar.SOLAR_HIJRI)).isNull();
    }

    @Test
    void argumentsAreCheckedFirst() {
        assertThatThrownBy(() -> UncertainDate.parse("1367", null))
            .isInstanceOf(NullPointerException.class).hasMessage("defaultCalendar");
        UncertainDate date = UncertainDate.parse("1367", Calendar.SOLAR_HIJRI);
        assertThatThrownBy(() -> date.overlaps(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> UncertainDate.ofAge(29, null)).isInstanceOf(NullPointerException.class)
            .hasMessage("reference");
    }
}
