package org.yadman.linkage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date as a source wrote it, with what it can mean: the text, the calendar it was written in,
 * the parts it gives, how it is qualified, and the first and last Gregorian day it can be.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #earliest()} and {@link #latest()} are both <em>inclusive</em> Gregorian days: the
 *       closed range [earliest, latest]. "Mordad 1367" is [1988-07-23, 1988-08-22]. A null bound
 *       means unbounded: BEFORE has no earliest, AFTER has no latest. Every other date has both.
 *       For a half-open range use {@code latest().plusDays(1)} as the end.</li>
 *   <li>{@link #year()}, {@link #month()} and {@link #day()} are the parts as written, in
 *       {@link #calendar()}, null where not written. A season gives only its year. ABOUT,
 *       BEFORE and AFTER keep the parts of the date they qualify ("before 1988": year 1988).
 *       BETWEEN and an age have no parts: only the range says what they mean.</li>
 *   <li>Qualifiers: EXACT is the span written (a day, a month, a season, a year); ABOUT widens
 *       it by 2 years when only the year is written, by 1 month for a month or season, by 7 days
 *       for a day; BEFORE ends the day before the span begins and AFTER starts the day after it
 *       ends ("before 1988": until 1987-12-31); BETWEEN runs from the start of the first date to
 *       the end of the second, both included.</li>
 *   <li>Seasons are astronomical quarters of the Solar Hijri year, as in Iran: spring = Farvardin
 *       to Khordad, summer = Tir to Shahrivar, autumn = Mehr to Azar, winter = Dey to Esfand. A
 *       Gregorian season of year Y is that quarter of Solar Hijri year Y − 621, so "summer 1988"
 *       is [1988-06-22, 1988-09-22] (Tir and Shahrivar 1367) and "winter 1988" is the winter
 *       that begins in December 1988, [1988-12-22, 1989-03-20]. Seasons have no Lunar Hijri form.</li>
 *   <li>An age is how old a person was on a reference date: age A on [r1, r2] means born in
 *       [r1 − (A + 1) years + 1 day, r2 − A years].</li>
 *   <li>{@link #toString()} is the text as written; parsing it again with the same default
 *       calendar (and reference date, for an age) gives an equal value.</li>
 * </ul>
 * Calendars, conversions and the rule for bare years are in {@link #parse(String, Calendar)}.
 * Instances are immutable and thread-safe.
 */
public final class UncertainDate {

    /** The calendar a date is written in. */
    public enum Calendar {
        GREGORIAN,
        /** The Iranian calendar (hejri shamsi): ICU's {@code persian}. */
        SOLAR_HIJRI,
        /** The Islamic calendar (hejri qamari): ICU's tabular {@code islamic-civil}. */
        LUNAR_HIJRI
    }

    /** How the written date relates to the day it stands for. */
    public enum Qualifier { EXACT, ABOUT, BEFORE, AFTER, BETWEEN }

    private final String text;
    private final Calendar calendar;
    private final Integer year;
    private final Integer month;
    private final Integer day;
    private final Qualifier qualifier;
    private final LocalDate earliest;
    private final LocalDate latest;

    UncertainDate(String text, Calendar calendar, Integer year, Integer month, Integer day, Qualifier qualifier,
                  LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(qualifier, "qualifier");
        if (earliest == null && qualifier != Qualifier.BEFORE || latest == null && qualifier != Qualifier.AFTER) {
            throw new IllegalArgumentException("only BEFORE may lack earliest and only AFTER may lack latest, got "
                + qualifier + " [" + earliest + ", " + latest + "] for '" + text + "'");
        }
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " after latest " + latest + " for '" + text + "'");
        }
        this.text = text;
        this.calendar = calendar;
        this.year = year;
        this.month = month;
        this.day = day;
        this.qualifier = qualifier;
        this.earliest = earliest;
        this.latest = latest;
    }

    /**
     * Parses a date as written in a list or testimony. Without a reference date, a bare number of
     * 1 to 3 digits (an age) is rejected; see {@link #parse(String, Calendar, UncertainDate)}.
     *
     * <p>Forms: {@code 1367/05/06}, {@code ۱۳۶۷/۰۵/۰۶}, {@code 1367-5-6}, {@code 1988-07-28},
     * {@code 1988-07}, {@code 28/07/1988} (day first when the year is Hijri or the day is over
     * 12; an ambiguous Gregorian day/month order is rejected), {@code 6 Mordad 1367},
     * {@code مرداد ۱۳۶۷}, {@code مرداد ماه ۱۳۶۷}, {@code 28 July 1988}, {@code July 28, 1988},
     * {@code Aug 1988}, {@code summer 1988}, {@code تابستان ۱۳۶۷}, {@code 1988}, {@code 1367}; each
     * may be preceded by a qualifier ({@code c.}, {@code ca.}, {@code circa}, {@code about},
     * {@code حدود}, {@code before}, {@code قبل از}, {@code after}, {@code بعد از}) or be a range
     * ({@code between A and B}, {@code from A to B}, {@code A to B}, {@code بین A و B},
     * {@code از A تا B}, {@code 1960-1962}). Solar Hijri month names are accepted in Persian and
     * in the usual transliterations (Farvardin, Ordibehesht, Khordad, Tir, Mordad/Amordad,
     * Shahrivar, Mehr, Aban, Azar, Dey/Dei, Bahman, Esfand/Isfand); Gregorian month names in
     * English (full or abbreviated) and Persian. An era mark (AD, SH, AH, م, ش, ه.ش, ق, ه.ق)
     * fixes the calendar. Text is compared after {@link PersianText} folding, so Persian or
     * Arabic digits, Arabic letters, diacritics and case do not matter.
     *
     * <p>Calendar: a Solar Hijri month name or era mark means Solar Hijri; a Gregorian month name
     * or era mark means Gregorian. Otherwise (numbers and seasons) the year decides, given the
     * default calendar: with SOLAR_HIJRI, years up to 1420 are Solar Hijri and later years
     * Gregorian; with LUNAR_HIJRI, years up to 1500 are Lunar Hijri and later years Gregorian;
     * with GREGORIAN, years are Gregorian unless the year is in 1300..1420 and the text is
     * clearly Persian (Persian or Arabic digits, or Persian words), in which case it is Solar
     * Hijri. So an importer of an Iranian list passes SOLAR_HIJRI even when the list also has
     * Gregorian dates: those have years after 1420 or Gregorian month names.
     *
     * @param text the date as written; null or blank means no date was written
     * @param defaultCalendar the calendar of the source, used as the rule above says
     * @return the date, or null when text is null or blank
     * @throws DateTimeParseException when the text is not a date or names an impossible one; the
     *     message states the rule and the value, e.g. "month 13 out of range 1..12 in '1367/13/40'"
     */
    public static UncertainDate parse(String text, Calendar defaultCalendar) {
        return parse(text, defaultCalendar, null);
    }

    /**
     * As {@link #parse(String, Calendar)}, and also reads ages: {@code 29}, {@code age 29},
     * {@code aged 29}, {@code 29 years}, {@code ۲۹ ساله}, {@code سن ۲۹} mean
     * {@link #ofAge(int, UncertainDate) ofAge(29, ageReference)} with the text as written.
     *
     * @param ageReference the date at which an age was reached (usually the date of death), or
     *     null when none is known: then an age is rejected
     */
    public static UncertainDate parse(String text, Calendar defaultCalendar, UncertainDate ageReference) {
        Objects.requireNonNull(defaultCalendar, "defaultCalendar");
        if (text == null || text.isBlank()) {
            return null;
        }
        return new DateParser(text, defaultCalendar, ageReference).parse();
    }

    /**
     * The birth dates of someone aged {@code age} (in completed years) on the reference date:
     * age 29 on 1988-08-18 is [1958-08-19, 1959-08-18]. Calendar GREGORIAN, qualifier BETWEEN,
     * no parts, text "age 29".
     *
     * @throws IllegalArgumentException when age is outside 0..150 or the reference is BEFORE or
     *     AFTER (it must have both bounds)
     */
    public static UncertainDate ofAge(int age, UncertainDate reference) {
        return ofAge(age, reference, "age " + age);
    }

    static UncertainDate ofAge(int age, UncertainDate reference, String text) {
        Objects.requireNonNull(reference, "reference");
        if (age < 0 || age > 150) {
            throw new IllegalArgumentException("age " + age + " out of range 0..150 in '" + text + "'");
        }
        if (reference.earliest == null || reference.latest == null) {
            throw new IllegalArgumentException("reference date for an age must have both bounds, got "
                + reference.qualifier + " '" + reference.text + "'");
        }
        LocalDate earliestBirth = reference.earliest.minusYears(age + 1L).plusDays(1);
        LocalDate latestBirth = reference.latest.minusYears(age);
        return new UncertainDate(text, Calendar.GREGORIAN, null, null, null, Qualifier.BETWEEN, earliestBirth, latestBirth);
    }

    /**
     * Whether the two dates can be the same day: their closed ranges share at least one day
     * (unbounded ends reach everything).
     */
    public boolean overlaps(UncertainDate other) {
        Objects.requireNonNull(other, "other");
        boolean startsBeforeOtherEnds = earliest == null || other.latest == null || !earliest.isAfter(other.latest);
        boolean endsAfterOtherStarts = latest == null || other.earliest == null || !latest.isBefore(other.earliest);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** Whether the day lies in [earliest, latest]. */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (earliest == null || !date.isBefore(earliest)) && (latest == null || !date.isAfter(latest));
    }

    /** The text as written, unchanged (not trimmed). */
    public String text() {
        return text;
    }

    public Calendar calendar() {
        return calendar;
    }

    /** The year as written in {@link #calendar()}, or null. */
    public Integer year() {
        return year;
    }

    /** The month 1..12 as written in {@link #calendar()}, or null. */
    public Integer month() {
        return month;
    }

    /** The day of the month as written in {@link #calendar()}, or null. */
    public Integer day() {
        return day;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    /** First Gregorian day it can be, inclusive; null only for BEFORE. */
    public LocalDate earliest() {
        return earliest;
    }

    /** Last Gregorian day it can be, inclusive; null only for AFTER. */
    public LocalDate latest() {
        return latest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UncertainDate that && text.equals(that.text) && calendar == that.calendar
            && Objects.equals(year, that.year) && Objects.equals(month, that.month) && Objects.equals(day, that.day)
            && qualifier == that.qualifier && Objects.equals(earliest, that.earliest) && Objects.equals(latest, that.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, calendar, year, month, day, qualifier, earliest, latest);
    }

    /** The text as written, so that parsing it again gives this value back. */
    @Override
    public String toString() {
        return text;
    }
}
