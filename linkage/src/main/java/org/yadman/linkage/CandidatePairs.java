package org.yadman.linkage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The union of the pairs that blocking rules give, as sorted distinct longs
 * ({@code i << 32 | j}, i &lt; j, record indices), without pairs the comparable-pair test
 * rejects (two records of one duplicate-free source). Blocks are found by sorting records on
 * their keys, which needs no hash map of lists and scales to millions of records.
 */
final class CandidatePairs {

    /** Which pairs may be compared at all. */
    interface Comparable {
        boolean test(int i, int j);
    }

    private CandidatePairs() {
    }

    static long encode(int i, int j) {
        return i < j ? (long) i << 32 | j : (long) j << 32 | i;
    }

    static int left(long pair) {
        return (int) (pair >>> 32);
    }

    static int right(long pair) {
        return (int) pair;
    }

    static long[] of(List<BlockingRule> rules, List<Record> records, Comparable comparable) {
        LongList pairs = new LongList();
        for (BlockingRule rule : rules) {
            add(rule, records, comparable, pairs);
        }
        long[] all = pairs.toArray();
        Arrays.sort(all);
        int distinct = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[distinct++] = all[k];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static void add(BlockingRule rule, List<Record> records, Comparable comparable, LongList pairs) {
        String[] keys = records.parallelStream().map(rule.key()).toArray(String[]::new);
        int keyed = 0;
        for (String key : keys) {
            keyed += key == null ? 0 : 1;
        }
        Integer[] order = new Integer[keyed];
        for (int i = 0, k = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                order[k++] = i;
            }
        }
        Arrays.sort(order, Comparator.comparing(i -> keys[i]));
        for (int start = 0; start < order.length; ) {
            int end = start + 1;
            while (end < order.length && keys[order[end]].equals(keys[order[start]])) {
                end++;
            }
            for (int a = start; a < end; a++) {
                for (int b = a + 1; b < end; b++) {
                    if (comparable.test(order[a], order[b])) {
                        pairs.add(encode(order[a], order[b]));
                    }
                }
            }
            start = end;
        }
    }

    /** A growable list of longs. */
    static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
