package org.yadman.linkage.compare;

import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yadman.linkage.Record;
import org.yadman.linkage.UncertainDate;
import org.yadman.linkage.UncertainDate.Calendar;
import org.yadman.linkage.names.PersonName;

/**
 * The record fields the person comparisons read, and how each derived value is found when a
 * source gives it in another form: a full name instead of given name and surname, a patronymic
 * in the notes instead of a father's name, an age at death instead of a birth date.
 *
 * <p>Dates are parsed with {@link Calendar#SOLAR_HIJRI} as default, as for every Iranian list
 * (Gregorian dates are still recognised by their years and month names). A date that does not
 * parse counts as missing: linkage must not fail on one bad cell.
 */
public final class PersonFields {

    public static final String GIVEN_NAME = "given_name";
    public static final String SURNAME = "surname";
    /** "KARIMI, Ali", "Ali Karimi" or «علی کریمی»: read when given name and surname are absent. */
    public static final String FULL_NAME = "full_name";
    public static final String FATHER_NAME = "father_name";
    /** Free text; "son of Kazem" gives the father's name when that field is absent. */
    public static final String NOTES = "notes";
    /** A birth date or year as written, in any calendar. */
    public static final String BIRTH = "birth";
    /** Age at death ("29", «۲۹ ساله»), read against {@link #DEATH} when there is no birth date. */
    public static final String AGE = "age";
    /** Date of death or execution as written. */
    public static final String DEATH = "death";
    public static final String CITY = "city";
    public static final String PRISON = "prison";

    private PersonFields() {
    }

    public static String givenName(Record r) {
        String given = r.field(GIVEN_NAME);
        if (given != null || r.field(SURNAME) != null) {
            return given;
        }
        String full = r.field(FULL_NAME);
        return full == null ? null : blankToNull(PersonName.parse(full).given());
    }

    public static String surname(Record r) {
        String surname = r.field(SURNAME);
        if (surname != null || r.field(GIVEN_NAME) != null) {
            return surname;
        }
        String full = r.field(FULL_NAME);
        return full == null ? null : blankToNull(PersonName.parse(full).surname());
    }

    public static String fatherName(Record r) {
        String father = r.field(FATHER_NAME);
        return father != null ? father : PersonName.patronymic(r.field(NOTES));
    }

    public static UncertainDate death(Record r) {
        return parse(r.field(DEATH), null);
    }

    public static UncertainDate birth(Record r) {
        UncertainDate birth = parse(r.field(BIRTH), null);
        if (birth != null) {
            return birth;
        }
        UncertainDate death = death(r);
        if (death == null || death.earliest() == null || death.latest() == null) {
            return null;
        }
        return parse(r.field(AGE), death);
    }

    /** Dates already parsed: lists repeat the same few thousand dates. */
    private static final Map<String, Optional<UncertainDate>> PARSED = new ConcurrentHashMap<>();

    private static UncertainDate parse(String text, UncertainDate reference) {
        if (text == null) {
            return null;
        }
        String key = reference == null ? text : text + '\u0000' + reference.text();
        Optional<UncertainDate> known = PARSED.get(key);
        if (known == null) {
            known = Optional.ofNullable(parseUncached(text, reference));
            if (PARSED.size() > 200_000) {
                PARSED.clear();
            }
            PARSED.put(key, known);
        }
        return known.orElse(null);
    }

    private static UncertainDate parseUncached(String text, UncertainDate reference) {
        try {
            return UncertainDate.parse(text, Calendar.SOLAR_HIJRI, reference);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
