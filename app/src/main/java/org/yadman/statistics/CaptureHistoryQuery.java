package org.yadman.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.yadman.estimate.CaptureHistories;

/**
 * Persons × lists from the registry: a person is a current record_link cluster (links not
 * superseded), and a person is on a list when one of their records comes from one of the list's
 * sources. Persons on none of the chosen lists are not counted (they were not observed by them).
 */
public final class CaptureHistoryQuery {
    private final Jdbi jdbi;

    public CaptureHistoryQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Counts by history mask (bit j = list j), per stratum, before any validation. */
    public record Table(List<String> lists, Map<String, long[]> countsByStratum) {
        /** The whole table, validated by the library (its error names the rule broken). */
        public CaptureHistories total() {
            long[] sum = new long[1 << lists.size()];
            for (long[] counts : countsByStratum.values()) {
                for (int m = 0; m < sum.length; m++) sum[m] += counts[m];
            }
            return histories(lists, sum);
        }

        static CaptureHistories histories(List<String> lists, long[] counts) {
            CaptureHistories.Builder b = CaptureHistories.builder(lists.toArray(String[]::new));
            for (int m = 1; m < counts.length; m++) b.addMask(m, counts[m]);
            return b.build();
        }
    }

    /** Every source with linked records is a list, in the order the sources were created. */
    public List<ListDefinition> sourcesAsLists() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.name FROM source s
                WHERE EXISTS (SELECT 1 FROM source_record r JOIN record_link l ON l.source_record_id = r.id
                              WHERE r.source_id = s.id AND l.superseded_at IS NULL)
                ORDER BY s.id""").mapTo(String.class).list())
                .stream().map(name -> new ListDefinition(name, List.of(name))).toList();
    }

    /** The table for {@code lists}, in one stratum "all" or split by {@code by} (null for none). */
    public Table table(List<ListDefinition> lists, Stratification by) {
        if (lists.size() < 2) {
            throw new IllegalArgumentException("multiple systems estimation needs at least 2 lists; got " + lists.size()
                    + (lists.isEmpty() ? " (no source has linked records)" : " (" + lists.get(0).name() + ")"));
        }
        Map<String, Integer> listOfSource = new HashMap<>();
        List<String> known = jdbi.withHandle(h -> h.createQuery("SELECT name FROM source ORDER BY id").mapTo(String.class).list());
        for (int j = 0; j < lists.size(); j++) {
            for (String source : lists.get(j).sources()) {
                if (!known.contains(source)) {
                    throw new IllegalArgumentException("list '" + lists.get(j).name() + "': no source named '" + source
                            + "'; sources are " + known);
                }
                Integer before = listOfSource.put(source, j);
                if (before != null && before != j) {
                    throw new IllegalArgumentException("source '" + source + "' is in two lists ('" + lists.get(before).name()
                            + "' and '" + lists.get(j).name() + "'); a source belongs to one list");
                }
            }
        }
        Map<Long, Integer> maskOfPerson = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT DISTINCT l.person_id, s.name FROM record_link l
                JOIN source_record r ON r.id = l.source_record_id
                JOIN source s ON s.id = r.source_id
                WHERE l.superseded_at IS NULL""").map((rs, ctx) -> {
                    Integer list = listOfSource.get(rs.getString(2));
                    if (list != null) maskOfPerson.merge(rs.getLong(1), 1 << list, (a, b) -> a | b);
                    return null;
                }).forEach(ignored -> { }));
        Map<Long, String> stratumOfPerson = by == null ? Map.of() : strata(by);
        Map<String, long[]> counts = new TreeMap<>();
        for (var entry : maskOfPerson.entrySet()) {
            String stratum = by == null ? "all" : stratumOfPerson.getOrDefault(entry.getKey(), Stratification.UNKNOWN);
            counts.computeIfAbsent(stratum, s -> new long[1 << lists.size()])[entry.getValue()]++;
        }
        List<String> names = new ArrayList<>();
        for (ListDefinition list : lists) names.add(list.name());
        return new Table(List.copyOf(names), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts)));
    }

    private Map<Long, String> strata(Stratification by) {
        String value = by == Stratification.PERIOD
                ? "CASE WHEN date_trunc('month', date_earliest) = date_trunc('month', date_latest)"
                        + " THEN to_char(date_earliest, 'YYYY-MM') END"
                : "value";
        // person → stratum key → number of assertions giving it
        Map<Long, Map<String, Integer>> votes = new HashMap<>();
        // a key the gazetteer does not know ("~…") is shown as its most common spelling
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT person_id, %s AS v, count(*) AS c FROM assertion
                WHERE field = :field AND retracted_at IS NULL AND person_id IS NOT NULL
                GROUP BY 1, 2""".formatted(value)).bind("field", by.field())
                .map((rs, ctx) -> {
                    String key = by.key(rs.getString(2));
                    if (key != null) {
                        votes.computeIfAbsent(rs.getLong(1), p -> new HashMap<>()).merge(key, rs.getInt(3), Integer::sum);
                        spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(rs.getString(2).strip(), rs.getInt(3), Integer::sum);
                    }
                    return null;
                }).forEach(ignored -> { }));
        Map<Long, String> out = new HashMap<>();
        votes.forEach((person, byKey) -> {
            String key = mostCommon(byKey);
            out.put(person, key.startsWith("~") ? mostCommon(spellings.get(key)) : key);
        });
        return out;
    }

    /** The entry with the highest count; ties go to the first in sort order. */
    private static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
    }
}
