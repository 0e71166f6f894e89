package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yadman.linkage.UncertainDate.Calendar;
import org.yadman.linkage.UncertainDate.Qualifier;

/**
 * The written forms of the development lists and of the brief, in both calendars. Expected days
 * come from two fixed points and day counting, not from the code under test: 1 Farvardin 1367 =
 * 1988-03-21 and 1 Farvardin 1368 = 1989-03-21 (Nowruz); months 1–6 have 31 days and 7–11 have
 * 30, so 1 Tir = 03-21 + 93 = 06-22, 1 Mordad = 07-23, 6 Mordad = 07-28, 1 Shahrivar = 08-23,
 * 1 Mehr = 09-23, 1 Dey = 12-22; 1 Farvardin 1340 = 1961-03-21. Lunar Hijri: 1 Muharram 1409 =
 * 1988-08-14 (tabular). {@link ReferenceCalendarsTest} checks the same arithmetic for every year.
 */
class UncertainDateParseTest {

    @ParameterizedTest(name = "{0} [{1}] → {2} {3}/{4}/{5} {6} [{7}, {8}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text                   | default     | calendar    | year | month | day | qualifier | earliest   | latest
        "1367/05/06               | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "۱۳۶۷/۰۵/۰۶               | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "۱۳۶۷/۰۵/۰۶               | GREGORIAN   | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "1367-5-6                 | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "1367/01/01               | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 1     | 1   | EXACT     | 1988-03-21 | 1988-03-21",
        "1367/05/25               | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 25  | EXACT     | 1988-08-16 | 1988-08-16",
        "30 Esfand 1366           | SOLAR_HIJRI | SOLAR_HIJRI | 1366 | 12    | 30  | EXACT     | 1988-03-20 | 1988-03-20",
        "1367/05                  | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | -   | EXACT     | 1988-07-23 | 1988-08-22",
        "مرداد ۱۳۶۷               | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | -   | EXACT     | 1988-07-23 | 1988-08-22",
        "مرداد 1367               | GREGORIAN   | SOLAR_HIJRI | 1367 | 5     | -   | EXACT     | 1988-07-23 | 1988-08-22",
        "مرداد ماه ۱۳۶۷           | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | -   | EXACT     | 1988-07-23 | 1988-08-22",
        "شهریور 1367              | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 6     | -   | EXACT     | 1988-08-23 | 1988-09-22",
        "شهريور 1367              | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 6     | -   | EXACT     | 1988-08-23 | 1988-09-22",
        "مهر 1367                 | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 7     | -   | EXACT     | 1988-09-23 | 1988-10-22",
        "دی 1367                  | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 10    | -   | EXACT     | 1988-12-22 | 1989-01-20",
        "۶ مرداد ۱۳۶۷             | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "6 Mordad 1367            | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "6 Amordad 1367           | GREGORIAN   | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "14 Shahrivar 1367        | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 6     | 14  | EXACT     | 1988-09-05 | 1988-09-05",
        "1 Farvardin 1367         | GREGORIAN   | SOLAR_HIJRI | 1367 | 1     | 1   | EXACT     | 1988-03-21 | 1988-03-21",
        "1 Ordibehesht 1367       | GREGORIAN   | SOLAR_HIJRI | 1367 | 2     | 1   | EXACT     | 1988-04-21 | 1988-04-21",
        "1 Khordad 1367           | GREGORIAN   | SOLAR_HIJRI | 1367 | 3     | 1   | EXACT     | 1988-05-22 | 1988-05-22",
        "1 Tir 1367               | GREGORIAN   | SOLAR_HIJRI | 1367 | 4     | 1   | EXACT     | 1988-06-22 | 1988-06-22",
        "1 Mehr 1367              | GREGORIAN   | SOLAR_HIJRI | 1367 | 7     | 1   | EXACT     | 1988-09-23 | 1988-09-23",
        "1 Aban 1367              | GREGORIAN   | SOLAR_HIJRI | 1367 | 8     | 1   | EXACT     | 1988-10-23 | 1988-10-23",
        "1 Azar 1367              | GREGORIAN   | SOLAR_HIJRI | 1367 | 9     | 1   | EXACT     | 1988-11-22 | 1988-11-22",
        "1 Dey 1367               | GREGORIAN   | SOLAR_HIJRI | 1367 | 10    | 1   | EXACT     | 1988-12-22 | 1988-12-22",
        "1 Dei 1367               | GREGORIAN   | SOLAR_HIJRI | 1367 | 10    | 1   | EXACT     | 1988-12-22 | 1988-12-22",
        "1 Bahman 1367            | GREGORIAN   | SOLAR_HIJRI | 1367 | 11    | 1   | EXACT     | 1989-01-21 | 1989-01-21",
        "29 Esfand 1367           | GREGORIAN   | SOLAR_HIJRI | 1367 | 12    | 29  | EXACT     | 1989-03-20 | 1989-03-20",
        "1 Isfand 1367            | GREGORIAN   | SOLAR_HIJRI | 1367 | 12    | 1   | EXACT     | 1989-02-20 | 1989-02-20",
        "28 July 1988             | SOLAR_HIJRI | GREGORIAN   | 1988 | 7     | 28  | EXACT     | 1988-07-28 | 1988-07-28",
        "July 28, 1988            | GREGORIAN   | GREGORIAN   | 1988 | 7     | 28  | EXACT     | 1988-07-28 | 1988-07-28",
        "28th July 1988           | GREGORIAN   | GREGORIAN   | 1988 | 7     | 28  | EXACT     | 1988-07-28 | 1988-07-28",
        "August 1988              | GREGORIAN   | GREGORIAN   | 1988 | 8     | -   | EXACT     | 1988-08-01 | 1988-08-31",
        "Aug 1988                 | SOLAR_HIJRI | GREGORIAN   | 1988 | 8     | -   | EXACT     | 1988-08-01 | 1988-08-31",
        "Sept. 1988               | GREGORIAN   | GREGORIAN   | 1988 | 9     | -   | EXACT     | 1988-09-01 | 1988-09-30",
        "1988-07-28               | SOLAR_HIJRI | GREGORIAN   | 1988 | 7     | 28  | EXACT     | 1988-07-28 | 1988-07-28",
        "1988-07                  | GREGORIAN   | GREGORIAN   | 1988 | 7     | -   | EXACT     | 1988-07-01 | 1988-07-31",
        "28/07/1988               | GREGORIAN   | GREGORIAN   | 1988 | 7     | 28  | EXACT     | 1988-07-28 | 1988-07-28",
        "07/28/1988               | GREGORIAN   | GREGORIAN   | 1988 | 7     | 28  | EXACT     | 1988-07-28 | 1988-07-28",
        "6/5/1367                 | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | 6   | EXACT     | 1988-07-28 | 1988-07-28",
        "1988                     | SOLAR_HIJRI | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-01-01 | 1988-12-31",
        "1988                     | GREGORIAN   | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-01-01 | 1988-12-31",
        "1367                     | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-03-21 | 1989-03-20",
        "۱۳۶۷                     | GREGORIAN   | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-03-21 | 1989-03-20",
        "1367                     | GREGORIAN   | GREGORIAN   | 1367 | -     | -   | EXACT     | 1367-01-01 | 1367-12-31",
        "1367 SH                  | GREGORIAN   | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-03-21 | 1989-03-20",
        "۱۳۶۷ ه.ش                 | LUNAR_HIJRI | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-03-21 | 1989-03-20",
        "summer 1988              | SOLAR_HIJRI | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-06-22 | 1988-09-22",
        "spring 1988              | GREGORIAN   | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-03-21 | 1988-06-21",
        "autumn 1988              | GREGORIAN   | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-09-23 | 1988-12-21",
        "fall 1988                | GREGORIAN   | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-09-23 | 1988-12-21",
        "winter 1988              | GREGORIAN   | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-12-22 | 1989-03-20",
        "تابستان ۱۳۶۷             | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-06-22 | 1988-09-22",
        "تابستان ۱۳۶۷             | GREGORIAN   | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-06-22 | 1988-09-22",
        "پائیز 1367               | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | -     | -   | EXACT     | 1988-09-23 | 1988-12-21",
        "c. 1960                  | GREGORIAN   | GREGORIAN   | 1960 | -     | -   | ABOUT     | 1958-01-01 | 1962-12-31",
        "ca. 1960                 | SOLAR_HIJRI | GREGORIAN   | 1960 | -     | -   | ABOUT     | 1958-01-01 | 1962-12-31",
        "circa 1960               | GREGORIAN   | GREGORIAN   | 1960 | -     | -   | ABOUT     | 1958-01-01 | 1962-12-31",
        "about 1960               | GREGORIAN   | GREGORIAN   | 1960 | -     | -   | ABOUT     | 1958-01-01 | 1962-12-31",
        "c.1960                   | GREGORIAN   | GREGORIAN   | 1960 | -     | -   | ABOUT     | 1958-01-01 | 1962-12-31",
        "about August 1988        | GREGORIAN   | GREGORIAN   | 1988 | 8     | -   | ABOUT     | 1988-07-01 | 1988-09-30",
        "about 28 July 1988       | GREGORIAN   | GREGORIAN   | 1988 | 7     | 28  | ABOUT     | 1988-07-21 | 1988-08-04",
        "حدود ۱۳۴۰                | SOLAR_HIJRI | SOLAR_HIJRI | 1340 | -     | -   | ABOUT     | 1959-03-21 | 1964-03-20",
        "حدود ۱۳۴۰                | GREGORIAN   | SOLAR_HIJRI | 1340 | -     | -   | ABOUT     | 1959-03-21 | 1964-03-20",
        "در حدود 1340             | SOLAR_HIJRI | SOLAR_HIJRI | 1340 | -     | -   | ABOUT     | 1959-03-21 | 1964-03-20",
        "before 1988              | GREGORIAN   | GREGORIAN   | 1988 | -     | -   | BEFORE    | -          | 1987-12-31",
        "قبل از ۱۳۶۷              | GREGORIAN   | SOLAR_HIJRI | 1367 | -     | -   | BEFORE    | -          | 1988-03-20",
        "after 1987               | GREGORIAN   | GREGORIAN   | 1987 | -     | -   | AFTER     | 1988-01-01 | -",
        "بعد از مرداد 1367        | SOLAR_HIJRI | SOLAR_HIJRI | 1367 | 5     | -   | AFTER     | 1988-08-23 | -",
        "between 1960 and 1962    | GREGORIAN   | GREGORIAN   | -    | -     | -   | BETWEEN   | 1960-01-01 | 1962-12-31",
        "1960-1962                | GREGORIAN   | GREGORIAN   | -    | -     | -   | BETWEEN   | 1960-01-01 | 1962-12-31",
        "from 1960 to 1962        | GREGORIAN   | GREGORIAN   | -    | -     | -   | BETWEEN   | 1960-01-01 | 1962-12-31",
        "بین ۱۳۴۰ و ۱۳۴۱          | SOLAR_HIJRI | SOLAR_HIJRI | -    | -     | -   | BETWEEN   | 1961-03-21 | 1963-03-20",
        "از 6 مرداد 1367 تا شهریور 1367 | SOLAR_HIJRI | SOLAR_HIJRI | - | -     | -   | BETWEEN   | 1988-07-28 | 1988-09-22",
        "1409                     | LUNAR_HIJRI | LUNAR_HIJRI | 1409 | -     | -   | EXACT     | 1988-08-14 | 1989-08-03",
        "1409 AH                  | GREGORIAN   | LUNAR_HIJRI | 1409 | -     | -   | EXACT     | 1988-08-14 | 1989-08-03",
        "1988                     | LUNAR_HIJRI | GREGORIAN   | 1988 | -     | -   | EXACT     | 1988-01-01 | 1988-12-31",
    })
    void parses(String text, Calendar defaultCalendar, Calendar calendar, Integer year, Integer month, Integer day,
                Qualifier qualifier, LocalDate earliest, LocalDate latest) {
        UncertainDate date = UncertainDate.parse(text, defaultCalendar);

        assertThat(date.calendar()).as("calendar").isEqualTo(calendar);
        assertThat(date.year()).as("year").isEqualTo(year);
        assertThat(date.month()).as("month").isEqualTo(month);
        assertThat(date.day()).as("day").isEqualTo(day);
        assertThat(date.qualifier()).as("qualifier").isEqualTo(qualifier);
        assertThat(date.earliest()).as("earliest").isEqualTo(earliest);
        assertThat(date.latest()).as("latest").isEqualTo(latest);
        assertThat(date.toString()).isEqualTo(text);
        assertThat(UncertainDate.parse(date.toString(), defaultCalendar)).isEqualTo(date);
    }
}
