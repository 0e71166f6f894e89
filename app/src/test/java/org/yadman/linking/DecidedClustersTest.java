package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.ScoredPair;

/** Rebuilding a cluster that holds a rejected pair, with and without duplicate-free sources. */
class DecidedClustersTest {

    /** a1 and a2 come from list A, b1 from list B, t1 from testimonies; everything was one cluster. */
    private static final Map<String, String> ONE_CLUSTER = Map.of("a1", "c", "b1", "c", "a2", "c", "t1", "c");
    private static final List<ScoredPair> SCORED = List.of(new ScoredPair("a1", "b1", 5, 0.97),
            new ScoredPair("b1", "a2", 4, 0.94), new ScoredPair("a2", "t1", 3, 0.89));
    private static final List<DecidedClusters.Pair> REJECTED = List.of(new DecidedClusters.Pair("a1", "t1"));

    @Test
    void aRebuiltClusterNeverHoldsTwoRecordsOfADuplicateFreeSource() {
        var groups = DecidedClusters.apply(ONE_CLUSTER, SCORED, List.of(), REJECTED, Map.of("a1", "A", "a2", "A"));
        assertThat(groups).containsExactlyInAnyOrder(List.of("a1", "b1"), List.of("a2", "t1"));
    }

    @Test
    void withoutDuplicateFreeSourcesTheStrongestChainWins() {
        var groups = DecidedClusters.apply(ONE_CLUSTER, SCORED, List.of(), REJECTED, Map.of());
        assertThat(groups).containsExactlyInAnyOrder(List.of("a1", "a2", "b1"), List.of("t1"));
    }

    @Test
    void anAcceptedPairJoinsEvenAcrossADuplicateFreeSource() {
        var accepted = List.of(new DecidedClusters.Pair("a1", "a2"));
        var groups = DecidedClusters.apply(ONE_CLUSTER, SCORED, accepted, REJECTED, Map.of("a1", "A", "a2", "A"));
        assertThat(groups).containsExactlyInAnyOrder(List.of("a1", "a2", "b1"), List.of("t1"));
    }
}
