package org.yadman.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A blocking rule: records with equal, non-null keys form candidate pairs. The linker compares
 * the union of the pairs of its rules; training runs one EM session per training rule and drops
 * from that session the comparisons that read any of the rule's {@link #fields()}, since pairs
 * blocked on a field tell nothing about how often matches agree on it.
 *
 * @param name a label for reports
 * @param fields the record fields the key reads
 * @param key the blocking key of a record, or null to leave the record out of this rule
 */
public record BlockingRule(String name, Set<String> fields, Function<Record, String> key) {

    public BlockingRule {
        Objects.requireNonNull(name, "name");
        fields = Set.copyOf(fields);
        Objects.requireNonNull(key, "key");
    }

    /**
     * A rule on several keys at once: all must be non-null, and the block key joins them.
     * {@code fields} lists what the parts read.
     */
    @SafeVarargs
    public static BlockingRule allOf(String name, Set<String> fields, Function<Record, String>... parts) {
        List<Function<Record, String>> list = Arrays.asList(parts.clone());
        return new BlockingRule(name, fields, r -> {
            StringBuilder key = new StringBuilder();
            for (Function<Record, String> part : list) {
                String value = part.apply(r);
                if (value == null || value.isEmpty()) {
                    return null;
                }
                key.append(value).append('\u0001');
            }
            return key.toString();
        });
    }

    /** A rule on the exact (lower-cased, stripped) value of each field. */
    public static BlockingRule exact(String... fieldNames) {
        List<String> names = List.of(fieldNames);
        @SuppressWarnings("unchecked")
        Function<Record, String>[] parts = names.stream()
            .map(f -> (Function<Record, String>) r -> {
                String v = r.field(f);
                return v == null ? null : v.toLowerCase(java.util.Locale.ROOT);
            })
            .toArray(Function[]::new);
        return allOf(names.stream().collect(Collectors.joining(" + ")), Set.copyOf(names), parts);
    }
}
