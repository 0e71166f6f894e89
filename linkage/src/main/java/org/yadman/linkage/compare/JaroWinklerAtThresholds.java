package org.yadman.linkage.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yadman.linkage.Record;

/**
 * A plain text field: levels exact (after trimming and lower-casing), then one level per
 * Jaro–Winkler threshold, highest first ({@code JW >= t}), then else. With no threshold it is
 * an exact-match comparison. Null when either value is blank. Optional term-frequency
 * adjustment of the exact level.
 */
public final class JaroWinklerAtThresholds implements Comparison {

    private final String field;
    private final double[] thresholds;
    private final boolean termFrequency;
    private final List<String> levels;

    public JaroWinklerAtThresholds(String field, boolean termFrequency, double... thresholds) {
        this.field = field;
        this.thresholds = thresholds.clone();
        this.termFrequency = termFrequency;
        List<String> names = new ArrayList<>();
        names.add("exact");
        for (double t : thresholds) {
            names.add("JW >= " + t);
        }
        names.add("else");
        this.levels = List.copyOf(names);
    }

    /** Exact match or else. */
    public static JaroWinklerAtThresholds exact(String field) {
        return new JaroWinklerAtThresholds(field, false);
    }

    @Override
    public String name() {
        return field;
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public Set<String> fields() {
        return Set.of(field);
    }

    @Override
    public Object prepare(Record record) {
        String value = record.field(field);
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public int level(Object left, Object right) {
        String a = (String) left;
        String b = (String) right;
        if (a.equals(b)) {
            return 0;
        }
        if (thresholds.length == 0) {
            return 1;
        }
        double similarity = JaroWinkler.similarity(a, b);
        for (int i = 0; i < thresholds.length; i++) {
            if (similarity >= thresholds[i]) {
                return 1 + i;
            }
        }
        return levels.size() - 1;
    }

    @Override
    public int termFrequencyLevels() {
        return termFrequency ? 1 : 0;
    }

    @Override
    public String term(Object prepared) {
        return (String) prepared;
    }
}
