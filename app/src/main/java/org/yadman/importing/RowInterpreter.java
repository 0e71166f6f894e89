package org.yadman.importing;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yadman.importing.Mapping.Column;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.UncertainDate;

/**
 * Applies a mapping to the rows of one file: checks the header against the mapping once, then
 * turns each row into its record id and facts, or says which column is wrong and why.
 */
final class RowInterpreter {
    /** Thrown for a row that cannot be imported; the importer adds file, row and line. */
    static final class Rejected extends RuntimeException {
        final RowProblem problem;

        Rejected(String column, String reason) {
            super(reason, null, false, false);
            this.problem = new RowProblem(column, reason);
        }
    }

    /** A row ready to be written. */
    record Interpreted(String recordKey, List<Fact> facts) {}

    private static final Set<String> MALE = Set.of("m", "male", "man", "مرد", "مذکر", "ذکور", "پسر");
    private static final Set<String> FEMALE = Set.of("f", "female", "woman", "زن", "مونث", "مؤنث", "اناث", "دختر");

    /**
     * Lists repeat the same names, places and dates thousands of times; normalising and parsing
     * each distinct text once makes the importer several times faster. Bounded: emptied when full.
     */
    private static final int CACHE_LIMIT = 50_000;
    private final Map<String, Fact> names = new HashMap<>();
    private final Map<String, UncertainDate> dates = new HashMap<>();

    private final Mapping mapping;
    private final List<String> headers;
    private final int idIndex;
    private final Column[] columns;
    private final UncertainDate ageReference;
    private final int deathIndex;

    /** Binds the mapping to the file's header; a mismatch is an error in the file as a whole. */
    RowInterpreter(Mapping mapping, List<String> headers, String fileName) {
        this.mapping = mapping;
        this.headers = headers;
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            if (byKey.put(headerKey(headers.get(i)), i) != null) {
                throw new ImportException(fileName + ": header (line 1): column '" + headers.get(i) + "' appears twice");
            }
        }
        Integer id = byKey.get(headerKey(mapping.idColumn()));
        if (id == null) {
            throw new ImportException(fileName + ": the mapping's id column '" + mapping.idColumn()
                    + "' is not in the header " + headers);
        }
        idIndex = id;
        columns = new Column[headers.size()];
        int death = -1;
        for (Map.Entry<String, Column> e : mapping.columns().entrySet()) {
            Integer index = byKey.get(headerKey(e.getKey()));
            if (index == null) {
                throw new ImportException(fileName + ": the mapping names column '" + e.getKey()
                        + "', which is not in the header " + headers);
            }
            columns[index] = e.getValue();
            if (e.getValue().kind() == FieldKind.DEATH_DATE && death < 0) death = index;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (i != idIndex && columns[i] == null) {
                throw new ImportException(fileName + ": column '" + headers.get(i)
                        + "' is not in the mapping; map it to a kind, or to 'ignore'");
            }
        }
        deathIndex = death;
        ageReference = mapping.ageReferenceYear() == null ? null
                : UncertainDate.parse(mapping.ageReferenceYear().toString(), UncertainDate.Calendar.GREGORIAN);
    }

    /** Headers match when they are equal after Persian normalisation (ي/ی, ZWNJ, spacing). */
    private static String headerKey(String header) {
        return PersianText.normalise(header);
    }

    List<String> headers() {
        return headers;
    }

    Interpreted interpret(RawRow row) {
        List<String> fields = row.fields();
        if (row.problem() != null) throw new Rejected(row.problem().column(), row.problem().reason());
        if (fields.size() != headers.size()) {
            throw new Rejected(null, "the row has " + fields.size() + " fields but the header has " + headers.size());
        }
        String key = fields.get(idIndex).strip();
        if (key.isEmpty()) throw new Rejected(headers.get(idIndex), "the record id is empty");
        List<Fact> facts = new ArrayList<>(headers.size() + 2);
        UncertainDate death = deathIndex < 0 ? null : date(deathIndex, fields.get(deathIndex));
        for (int i = 0; i < fields.size(); i++) {
            Column column = columns[i];
            String value = fields.get(i);
            if (column == null || column.kind() == FieldKind.IGNORE || value.isBlank()) continue;
            switch (column.kind()) {
                case FULL_NAME -> {
                    facts.add(name("full_name", value));
                    NameParts.Split split = NameParts.split(value, column.order());
                    if (split.given() != null) facts.add(name("given_name", split.given()));
                    if (split.surname() != null) facts.add(name("surname", split.surname()));
                }
                case BIRTH_DATE, BIRTH_YEAR -> facts.add(dateFact("birth_date", value, date(i, value)));
                case DEATH_DATE -> facts.add(dateFact("death_date", value, i == deathIndex ? death : date(i, value)));
                case AGE -> facts.add(dateFact("birth_date", value, age(i, value, death)));
                case SEX -> facts.add(new Fact("sex", value, script(value), sex(value), null));
                case NOTES -> {
                    facts.add(new Fact("notes", value, script(value), null, null));
                    String father = column.patronymic() ? NameParts.patronymic(value) : null;
                    if (father != null && !father.isEmpty()) facts.add(name("father_name", father));
                }
                default -> facts.add(name(column.kind().yamlName(), value));
            }
        }
        return new Interpreted(key, facts);
    }

    private UncertainDate date(int index, String value) {
        if (value.isBlank()) return null;
        UncertainDate.Calendar calendar = calendar(columns[index]);
        String key = calendar.ordinal() + value;
        UncertainDate known = dates.get(key);
        if (known != null) return known;
        try {
            UncertainDate date = UncertainDate.parse(value, calendar);
            if (dates.size() >= CACHE_LIMIT) dates.clear();
            dates.put(key, date);
            return date;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Rejected(headers.get(index), "not a valid date: " + e.getMessage());
        }
    }

    private UncertainDate age(int index, String value, UncertainDate death) {
        UncertainDate reference = death != null ? death : ageReference;
        if (reference == null) {
            throw new Rejected(headers.get(index), "age '" + value + "' needs a death date in the row"
                    + " or an age_reference year in the mapping");
        }
        try {
            return UncertainDate.parse(value, calendar(columns[index]), reference);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Rejected(headers.get(index), "not a valid age: " + e.getMessage());
        }
    }

    private UncertainDate.Calendar calendar(Column column) {
        return UncertainDate.Calendar.valueOf(mapping.calendarOf(column).name());
    }

    private Fact name(String field, String value) {
        Fact known = names.get(value);
        if (known == null) {
            known = new Fact(null, value, script(value), PersianText.normalise(value), null);
            if (names.size() >= CACHE_LIMIT) names.clear();
            names.put(value, known);
        }
        return new Fact(field, value, known.script(), known.normalised(), null);
    }

    private static Fact dateFact(String field, String value, UncertainDate date) {
        return new Fact(field, value, script(value), null, date);
    }

    private static String sex(String value) {
        String key = PersianText.normalise(value).toLowerCase(Locale.ROOT);
        if (MALE.contains(key)) return "male";
        if (FEMALE.contains(key)) return "female";
        return null;
    }

    static String script(String value) {
        return switch (PersianText.script(value)) {
            case PERSIAN -> "persian";
            case LATIN -> "latin";
            case MIXED -> "mixed";
            case OTHER -> "other";
            case NONE -> null;
        };
    }
}
