package org.yadman.linkage;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yadman.linkage.compare.Comparison;

/**
 * Everything a {@link Linker} needs besides the records; immutable once built.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>comparisons</td><td>the model's comparisons; names unique</td><td>required</td></tr>
 *   <tr><td>blockingRules</td><td>union of rules that give the candidate pairs to score</td><td>required</td></tr>
 *   <tr><td>trainingRules</td><td>one EM session per rule; a comparison active in no session keeps a default m</td><td>blockingRules</td></tr>
 *   <tr><td>duplicateFreeSources</td><td>sources with at most one record per person: no pair inside
 *       one of them is compared, and a cluster holds at most one of its records</td><td>none</td></tr>
 *   <tr><td>uSamplePairs</td><td>random pairs drawn to estimate u</td><td>1,000,000</td></tr>
 *   <tr><td>maxEmIterations</td><td>per EM session</td><td>100</td></tr>
 *   <tr><td>termFrequencyAdjustment</td><td>common names weigh less</td><td>true</td></tr>
 *   <tr><td>seed</td><td>of the random pair sampler, for repeatable training</td><td>42</td></tr>
 * </table>
 */
public record LinkageSettings(List<Comparison> comparisons, List<BlockingRule> blockingRules,
                              List<BlockingRule> trainingRules, Set<String> duplicateFreeSources,
                              int uSamplePairs, int maxEmIterations, boolean termFrequencyAdjustment, long seed) {

    public LinkageSettings {
        comparisons = List.copyOf(comparisons);
        blockingRules = List.copyOf(blockingRules);
        trainingRules = List.copyOf(trainingRules);
        duplicateFreeSources = Set.copyOf(duplicateFreeSources);
        if (comparisons.isEmpty() || blockingRules.isEmpty() || trainingRules.isEmpty()) {
            throw new IllegalArgumentException("comparisons, blocking rules and training rules must not be empty");
        }
        if (comparisons.stream().map(Comparison::name).distinct().count() != comparisons.size()) {
            throw new IllegalArgumentException("comparison names must be unique, got "
                + comparisons.stream().map(Comparison::name).toList());
        }
        if (uSamplePairs < 1000) {
            throw new IllegalArgumentException("uSamplePairs must be at least 1000, got " + uSamplePairs);
        }
        for (Comparison c : comparisons) {
            if (c.levels().size() > 14) {
                throw new IllegalArgumentException("at most 14 levels per comparison, " + c.name() + " has " + c.levels().size());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LinkageSettings}; see the class note for defaults. */
    public static final class Builder {
        private List<Comparison> comparisons = List.of();
        private List<BlockingRule> blockingRules = List.of();
        private List<BlockingRule> trainingRules;
        private Set<String> duplicateFreeSources = Set.of();
        private int uSamplePairs = 1_000_000;
        private int maxEmIterations = 100;
        private boolean termFrequencyAdjustment = true;
        private long seed = 42;

        public Builder comparisons(Comparison... comparisons) {
            this.comparisons = List.of(comparisons);
            return this;
        }

        public Builder blockingRules(BlockingRule... rules) {
            this.blockingRules = List.of(rules);
            return this;
        }

        public Builder trainingRules(BlockingRule... rules) {
            this.trainingRules = List.of(rules);
            return this;
        }

        public Builder duplicateFreeSources(String... sources) {
            this.duplicateFreeSources = Set.of(sources);
            return this;
        }

        public Builder uSamplePairs(int pairs) {
            this.uSamplePairs = pairs;
            return this;
        }

        public Builder maxEmIterations(int iterations) {
            this.maxEmIterations = iterations;
            return this;
        }

        public Builder termFrequencyAdjustment(boolean on) {
            this.termFrequencyAdjustment = on;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public LinkageSettings build() {
            return new LinkageSettings(comparisons, blockingRules,
                Objects.requireNonNullElse(trainingRules, blockingRules), duplicateFreeSources,
                uSamplePairs, maxEmIterations, termFrequencyAdjustment, seed);
        }
    }
}
