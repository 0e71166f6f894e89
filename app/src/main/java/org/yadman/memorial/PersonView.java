package org.yadman.memorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yadman.web.Lang;

/** What the person page shows: names, every fact grouped by field (labelled), and the records. */
public record PersonView(long id, List<String> names, List<Group> groups, List<MemorialQueries.Record> records) {

    /** The facts of one field, under its label in the page's language. */
    public record Group(String field, String label, List<Row> rows) {}

    /** One fact as shown: the value as written, its Gregorian reading if a date, and its source. */
    public record Row(String value, String gregorian, Long sourceId, String sourceLabel, Long sourceRecordId,
                      String recordKey) {}

    public static PersonView of(MemorialQueries.Person person, List<MemorialQueries.Name> names, Lang lang) {
        Map<String, List<Row>> byField = new TreeMap<>(Comparator
                .comparingInt((String f) -> FactText.LABELLED_FIELDS.contains(f) ? FactText.LABELLED_FIELDS.indexOf(f) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder()));
        for (MemorialQueries.Fact f : person.facts()) {
            byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(new Row(f.value(),
                    FactText.gregorian(lang, f.dateEarliest(), f.dateLatest()), f.sourceId(), f.sourceLabel(),
                    f.sourceRecordId(), f.recordKey()));
        }
        List<Group> groups = new ArrayList<>();
        Map<String, List<Row>> ordered = new LinkedHashMap<>(byField);
        ordered.forEach((field, rows) -> groups.add(new Group(field, FactText.label(lang, field), rows)));
        return new PersonView(person.id(), DisplayNames.of(names, lang), groups, person.records());
    }

    public String name() {
        return names.get(0);
    }

    public List<String> otherNames() {
        return names.subList(1, names.size());
    }
}
