package org.yadman.linkage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yadman.linkage.UncertainDate.Calendar;
import org.yadman.linkage.UncertainDate.Qualifier;

/**
 * Reads one written date into an {@link UncertainDate}; the forms and the calendar rule are
 * documented on {@link UncertainDate#parse(String, Calendar)}.
 *
 * <p>The text is folded ({@link PersianText#fold}: ASCII digits, Persian letters, lower case)
 * and split into words at spaces, commas and ZWNJ (مرداد‌ماه); filler words (ماه, سال, of, …) and an era mark are
 * taken out; then a leading qualifier or a range separator is recognised, and what is left must
 * be an age or one core date: a numeric date, or a month or season name with a year and
 * perhaps a day. Every rejection says which rule failed, on which value, in which text.
 */
final class DateParser {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern AGE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern GLUED_QUALIFIER = Pattern.compile("^(c\\.|ca\\.|~|<|>)(?=\\d)");

    /** Solar Hijri years are read for bare numbers up to this year when the default is Solar Hijri. */
    static final int LAST_SOLAR_HIJRI_YEAR = 1420;
    /** With a Gregorian default, Persian-looking years from here to LAST_SOLAR_HIJRI_YEAR are Solar Hijri. */
    static final int FIRST_SOLAR_HIJRI_YEAR = 1300;
    /** Lunar Hijri years are read for bare numbers up to this year when the default is Lunar Hijri. */
    static final int LAST_LUNAR_HIJRI_YEAR = 1500;

    private static final String RANGE_NEEDS_TWO_DATES = "a range needs a date on both sides of and, to, -, و or تا";

    private static final int ABOUT_YEARS = 2;
    private static final int ABOUT_MONTHS = 1;
    private static final int ABOUT_DAYS = 7;

    /** The parts of one core date, validated; season 1..4 or null. */
    private record Written(Calendar calendar, int year, Integer month, Integer day, Integer season) {
    }

    private final String text;
    private final Calendar defaultCalendar;
    private final UncertainDate ageReference;
    private final boolean persianLooking;
    private Calendar markedCalendar;

    DateParser(String text, Calendar defaultCalendar, UncertainDate ageReference) {
        this.text = text;
        this.defaultCalendar = defaultCalendar;
        this.ageReference = ageReference;
        PersianText.Script script = PersianText.script(text);
        this.persianLooking = script == PersianText.Script.PERSIAN || script == PersianText.Script.MIXED
            || text.codePoints().anyMatch(cp -> (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9));
    }

    UncertainDate parse() {
        List<String> words = words();
        if (words.isEmpty()) {
            throw reject("no date");
        }
        String first = words.get(0);
        if (DateWords.ABOUT.contains(first)) {
            return qualified(Qualifier.ABOUT, words.subList(1, words.size()));
        }
        if (DateWords.BEFORE.contains(first)) {
            return qualified(Qualifier.BEFORE, dropPersianFrom(words.subList(1, words.size())));
        }
        if (DateWords.AFTER.contains(first)) {
            return qualified(Qualifier.AFTER, dropPersianFrom(words.subList(1, words.size())));
        }
        Matcher yearRange = YEAR_RANGE.matcher(first);
        if (words.size() == 1 && yearRange.matches()) {
            return between(List.of(yearRange.group(1)), List.of(yearRange.group(2)));
        }
        int separator = rangeSeparator(words);
        if (separator > 0) {
            int start = DateWords.BETWEEN_OPENERS.contains(first) ? 1 : 0;
            return between(words.subList(start, separator), words.subList(separator + 1, words.size()));
        }
        if (DateWords.BETWEEN_OPENERS.contains(first)) {
            throw reject(RANGE_NEEDS_TWO_DATES);
        }
        if (isAge(words)) {
            return age(words);
        }
        Written written = core(words);
        LocalDate[] span = span(written);
        return new UncertainDate(text, written.calendar(), written.year(), written.month(), written.day(),
            Qualifier.EXACT, span[0], span[1]);
    }

    /** Folded words, without fillers and era marks; the era mark is kept in markedCalendar. */
    private List<String> words() {
        String folded = GLUED_QUALIFIER.matcher(PersianText.fold(text, false)).replaceFirst("$1 ");
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[\\s,\u200C]+")) {
            Calendar mark = DateWords.calendarMark(word);
            if (mark != null) {
                if (markedCalendar != null && markedCalendar != mark) {
                    throw reject("two era marks (" + markedCalendar + " and " + mark + ")");
                }
                markedCalendar = mark;
            } else if (!word.isEmpty() && !DateWords.FILLERS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> dropPersianFrom(List<String> words) {
        return !words.isEmpty() && words.get(0).equals(DateWords.PERSIAN_FROM) ? words.subList(1, words.size()) : words;
    }

    /** Index of the word that separates the two ends of a range, or -1 when there is no range. */
    private static int rangeSeparator(List<String> words) {
        boolean opened = DateWords.BETWEEN_OPENERS.contains(words.get(0));
        for (int i = opened ? 2 : 1; i < words.size() - 1; i++) {
            if (DateWords.BETWEEN_SEPARATORS.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private UncertainDate qualified(Qualifier qualifier, List<String> words) {
        if (words.isEmpty()) {
            throw reject("no date after the qualifier");
        }
        Written written = core(words);
        LocalDate[] span = span(written);
        LocalDate earliest;
        LocalDate latest;
        switch (qualifier) {
            case ABOUT -> {
                if (written.day() != null) {
                    earliest = span[0].minusDays(ABOUT_DAYS);
                    latest = span[1].plusDays(ABOUT_DAYS);
                } else if (written.month() != null || written.season() != null) {
                    earliest = span[0].minusMonths(ABOUT_MONTHS);
                    latest = span[1].plusMonths(ABOUT_MONTHS);
                } else {
                    earliest = span[0].minusYears(ABOUT_YEARS);
                    latest = span[1].plusYears(ABOUT_YEARS);
                }
            }
            case BEFORE -> {
                earliest = null;
                latest = span[0].minusDays(1);
            }
            case AFTER -> {
                earliest = span[1].plusDays(1);
                latest = null;
            }
            default -> throw new IllegalStateException("not a leading qualifier: " + qualifier);
        }
        return new UncertainDate(text, written.calendar(), written.year(), written.month(), written.day(),
            qualifier, earliest, latest);
    }

    private UncertainDate between(List<String> from, List<String> to) {
        if (from.isEmpty() || to.isEmpty()) {
            throw reject(RANGE_NEEDS_TWO_DATES);
        }
        Written first = core(from);
        Written last = core(to);
        LocalDate earliest = span(first)[0];
        LocalDate latest = span(last)[1];
        if (earliest.isAfter(latest)) {
            throw reject("range start " + earliest + " after range end " + latest);
        }
        return new UncertainDate(text, first.calendar(), null, null, null, Qualifier.BETWEEN, earliest, latest);
    }

    /** An optional age word, a number of 1 to 3 digits, optional "years", "old", ساله. */
    private static boolean isAge(List<String> words) {
        int start = DateWords.AGE_PREFIXES.contains(words.get(0)) ? 1 : 0;
        if (start >= words.size() || !AGE_NUMBER.matcher(words.get(start)).matches()) {
            return false;
        }
        return words.subList(start + 1, words.size()).stream().allMatch(DateWords.AGE_SUFFIXES::contains);
    }

    private UncertainDate age(List<String> words) {
        String number = words.get(DateWords.AGE_PREFIXES.contains(words.get(0)) ? 1 : 0);
        int age = Integer.parseInt(number);
        if (ageReference == null) {
            throw reject("'" + number + "' is an age (1 to 3 digits; a year has 4), and an age needs a reference date");
        }
        if (age > 150) {
            throw reject("age " + age + " out of range 0..150");
        }
        return UncertainDate.ofAge(age, ageReference, text);
    }

    /** One date without qualifier: numeric, or a month or season name with a year and maybe a day. */
    private Written core(List<String> words) {
        if (words.size() == 1) {
            String word = words.get(0);
            Matcher m;
            if (YEAR.matcher(word).matches()) {
                int year = Integer.parseInt(word);
                return validated(calendarOfYear(year), year, null, null, null);
            }
            if ((m = YEAR_MONTH.matcher(word)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return validated(calendarOfYear(year), year, Integer.parseInt(m.group(2)), null, null);
            }
            if ((m = YEAR_MONTH_DAY.matcher(word)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                return validated(calendarOfYear(year), year, month, Integer.parseInt(m.group(3)), null);
            }
            if ((m = DAY_MONTH_YEAR.matcher(word)).matches()) {
                int first = Integer.parseInt(m.group(1));
                return dayMonthYear(first, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        return named(words);
    }

    /** Day first, as in Iran and in most of the world; month first only where the day is over 12. */
    private Written dayMonthYear(int first, int second, int year) {
        Calendar calendar = calendarOfYear(year);
        if (calendar != Calendar.GREGORIAN || first > 12 || first == second) {
            return validated(calendar, year, second, first, null);
        }
        if (second > 12) {
            return validated(calendar, year, first, second, null);
        }
        throw reject("ambiguous order of day and month (" + first + " and " + second
            + "); write the year first, e.g. " + year + "-" + second + "-" + first);
    }

    /** Words such as "6 Mordad 1367", "July 28 1988", "تابستان 1367". */
    private Written named(List<String> words) {
        DateWords.Month month = null;
        Integer season = null;
        Integer year = null;
        Integer day = null;
        for (String word : words) {
            DateWords.Month asMonth = DateWords.month(word);
            Integer asSeason = DateWords.season(word);
            Matcher dayNumber = DAY_NUMBER.matcher(word);
            if (asMonth != null && month == null && season == null) {
                month = asMonth;
            } else if (asSeason != null && month == null && season == null) {
                season = asSeason;
            } else if (YEAR.matcher(word).matches() && year == null) {
                year = Integer.parseInt(word);
            } else if (dayNumber.matches() && day == null) {
                day = Integer.parseInt(dayNumber.group(1));
            } else {
                throw reject("unrecognised word '" + word + "'");
            }
        }
        if (month == null && season == null) {
            throw reject("no month or season name and not a numeric date");
        }
        if (year == null) {
            throw reject("no year (a year has 4 digits)");
        }
        if (season != null && day != null) {
            throw reject("a season has no day, got " + day);
        }
        if (month == null) {
            return validated(calendarOfYear(year), year, null, null, season);
        }
        if (markedCalendar != null && markedCalendar != month.calendar()) {
            throw reject("era mark " + markedCalendar + " contradicts month name of " + month.calendar());
        }
        return validated(month.calendar(), year, month.number(), day, null);
    }

    /** The calendar rule for a year written in numbers; see UncertainDate.parse. */
    private Calendar calendarOfYear(int year) {
        if (markedCalendar != null) {
            return markedCalendar;
        }
        return switch (defaultCalendar) {
            case SOLAR_HIJRI -> year <= LAST_SOLAR_HIJRI_YEAR ? Calendar.SOLAR_HIJRI : Calendar.GREGORIAN;
            case LUNAR_HIJRI -> year <= LAST_LUNAR_HIJRI_YEAR ? Calendar.LUNAR_HIJRI : Calendar.GREGORIAN;
            case GREGORIAN -> persianLooking && year >= FIRST_SOLAR_HIJRI_YEAR && year <= LAST_SOLAR_HIJRI_YEAR
                ? Calendar.SOLAR_HIJRI : Calendar.GREGORIAN;
        };
    }

    private Written validated(Calendar calendar, int year, Integer month, Integer day, Integer season) {
        if (year < 1) {
            throw reject("year " + year + " out of range 1..9999");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw reject("month " + month + " out of range 1..12");
        }
        if (season != null && calendar == Calendar.LUNAR_HIJRI) {
            throw reject("seasons are Solar Hijri quarters and cannot be given a Lunar Hijri year " + year);
        }
        if (day != null) {
            int length = CalendarConversion.monthLength(calendar, year, month);
            if (day < 1 || day > length) {
                throw reject("day " + day + " out of range 1.." + length + " for " + DateWords.monthName(calendar, month)
                    + " " + year + " (" + calendarName(calendar) + ")");
            }
        }
        return new Written(calendar, year, month, day, season);
    }

    /** [earliest, latest] of a core date, both inclusive. */
    private static LocalDate[] span(Written w) {
        Calendar calendar = w.calendar();
        if (w.day() != null) {
            LocalDate day = CalendarConversion.toGregorian(calendar, w.year(), w.month(), w.day());
            return new LocalDate[] {day, day};
        }
        if (w.month() != null) {
            return new LocalDate[] {CalendarConversion.toGregorian(calendar, w.year(), w.month(), 1),
                CalendarConversion.lastDayOfMonth(calendar, w.year(), w.month())};
        }
        if (w.season() != null) {
            int solarYear = calendar == Calendar.GREGORIAN ? w.year() - 621 : w.year();
            int firstMonth = 3 * (w.season() - 1) + 1;
            return new LocalDate[] {CalendarConversion.toGregorian(Calendar.SOLAR_HIJRI, solarYear, firstMonth, 1),
                CalendarConversion.lastDayOfMonth(Calendar.SOLAR_HIJRI, solarYear, firstMonth + 2)};
        }
        return new LocalDate[] {CalendarConversion.toGregorian(calendar, w.year(), 1, 1),
            CalendarConversion.lastDayOfMonth(calendar, w.year(), 12)};
    }

    private static String calendarName(Calendar calendar) {
        return Arrays.stream(calendar.name().toLowerCase().split("_"))
            .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
            .reduce((a, b) -> a + " " + b).orElseThrow();
    }

    private DateTimeParseException reject(String rule) {
        return new DateTimeParseException(rule + " in '" + text + "'", text, 0);
    }
}
