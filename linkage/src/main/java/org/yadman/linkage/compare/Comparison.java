package org.yadman.linkage.compare;

import java.util.List;
import java.util.Set;
import org.yadman.linkage.Record;

/**
 * One comparison of the Fellegi–Sunter model: an ordered list of levels, the most similar
 * first and "else" last, into which every pair of records falls, or no level (null) when
 * either record lacks the data. Each level gets its own m and u probabilities.
 *
 * <p>Work is split in two so that pairs are cheap: {@link #prepare} derives, once per record,
 * what the comparison needs (keys, parsed dates); {@link #level} compares two prepared values.
 * Implementations are immutable and thread-safe.
 */
public interface Comparison {

    /** The level for a pair where either record lacks the data: weight 0. */
    int NULL_LEVEL = -1;

    /** A short name, unique within a model. */
    String name();

    /** Names of the levels, most similar first, "else" last. */
    List<String> levels();

    /** The record fields this comparison reads (training drops it in sessions blocked on them). */
    Set<String> fields();

    /** What this comparison needs of a record, or null when the record lacks the data. */
    Object prepare(Record record);

    /** The level of two prepared values, both non-null: 0 .. levels().size() - 1. */
    int level(Object left, Object right);

    /**
     * Levels below this one get a term-frequency adjustment (common values weigh less);
     * 0 for none.
     */
    default int termFrequencyLevels() {
        return 0;
    }

    /** The value whose frequency adjusts the weight of a prepared value, or null. */
    default String term(Object prepared) {
        return null;
    }
}
