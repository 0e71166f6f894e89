package org.yadman.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yadman.linking.NameKeys;

/**
 * The search columns of a source record, as PostgreSQL array literals: {@code search_names}
 * (normalised name values, and "given surname" / "surname given" so a full name finds a record
 * that splits it) and {@code name_keys} (phonetic keys of every name, {@link NameKeys#of}).
 * Lists repeat a few thousand names over many rows, so keys are computed once per name.
 */
final class SearchForms {
    private static final int CACHE_LIMIT = 200_000;
    private final Map<String, Set<String>> keysByName = new HashMap<>();
    private final StringBuilder array = new StringBuilder(256);

    /** The {@code search_names} literal of a record's facts. */
    String names(List<Fact> facts) {
        Set<String> names = new LinkedHashSet<>();
        List<String> givens = new ArrayList<>(1);
        List<String> surnames = new ArrayList<>(1);
        for (Fact f : facts) {
            if (!NameKeys.FIELDS.contains(f.field()) || f.normalised() == null || f.normalised().isEmpty()) continue;
            names.add(f.normalised());
            if (f.field().equals("given_name")) givens.add(f.normalised());
            if (f.field().equals("surname")) surnames.add(f.normalised());
        }
        for (String given : givens) {
            for (String surname : surnames) {
                names.add(given + " " + surname);
                names.add(surname + " " + given);
            }
        }
        return literal(names);
    }

    /** The {@code name_keys} literal of a record's facts. */
    String keys(List<Fact> facts) {
        Set<String> keys = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (!NameKeys.FIELDS.contains(f.field())) continue;
            Set<String> known = keysByName.get(f.value());
            if (known == null) {
                if (keysByName.size() == CACHE_LIMIT) keysByName.clear();
                known = NameKeys.of(f.value());
                keysByName.put(f.value(), known);
            }
            keys.addAll(known);
        }
        return literal(keys);
    }

    /** {"a","b"}: every element quoted, with backslash before quote and backslash. */
    private String literal(Set<String> elements) {
        array.setLength(0);
        array.append('{');
        for (String e : elements) {
            if (array.length() > 1) array.append(',');
            array.append('"');
            for (int i = 0; i < e.length(); i++) {
                char c = e.charAt(i);
                if (c == '"' || c == '\\') array.append('\\');
                array.append(c);
            }
            array.append('"');
        }
        return array.append('}').toString();
    }
}
