package org.yadman.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Clustering that pools evidence: greedy agglomeration of clusters, strongest first, where a
 * pair of clusters scores the prior plus, for each comparison, the best weight any pair of
 * their records gives it. Two singletons score exactly their pair's weight, so with no merges
 * this is the connected components of the pairs above the threshold; once records are joined,
 * a newcomer is compared with what the cluster knows as a whole (the father's name from one
 * record, the date of death from another), which a single pair cannot.
 *
 * <p>Scored pairs may carry more than their Fellegi–Sunter weight (the one-to-one constraint
 * of {@code ExclusiveMatching}); a pair of clusters then also gets what was added to, or taken
 * from, its strongest candidate pair.
 *
 * <p>Two clusters are never merged when the result would hold two records of one
 * duplicate-free source, or two records whose own pair scores below {@link #VETO_WEIGHT}
 * (strong evidence of two persons, which a chain of weaker links must not override), or, when
 * either cluster already holds several records, two records that disagree on one field below
 * {@link #DISAGREEMENT_VETO}: pooling keeps each comparison's best weight across the clusters,
 * so one record's agreement would otherwise hide another's clear disagreement (a death in
 * September beside one in December). Every
 * candidate pair at or above the review floor whose records end in different clusters (refused
 * links above the threshold, doubtful ones below it) is returned for review.
 */
final class ConstrainedClustering {

    /** A pair below this weight (probability about 0.001) keeps its two records apart. */
    static final double VETO_WEIGHT = -10;

    /**
     * A field whose own weight is below this (its level 64 times likelier between two persons
     * than within one, as the trained m and u say) keeps two clusters apart.
     */
    static final double DISAGREEMENT_VETO = -6;

    private ConstrainedClustering() {
    }

    private record Candidate(double weight, int a, int b, int versionA, int versionB) {
    }

    static Clusters cluster(Linker linker, LinkageModel model, List<ScoredPair> pairs, double threshold,
                            double reviewFloor) {
        if (reviewFloor > threshold) {
            throw new IllegalArgumentException("review floor " + reviewFloor + " above threshold " + threshold);
        }
        double thresholdWeight = LinkageModel.log2(threshold / (1 - threshold));
        int n = linker.records().size();
        int[] parent = new int[n];
        int[] version = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        List<Map<Integer, Set<Integer>>> neighbours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(List.of(i));
            neighbours.add(new HashMap<>());
        }
        Map<Long, Double> adjustments = new HashMap<>();
        for (ScoredPair pair : pairs) {
            int i = linker.indexOf(pair.leftId());
            int j = linker.indexOf(pair.rightId());
            double adjustment = pair.matchWeight() - linker.matchWeight(model, i, j);
            if (adjustment != 0) {
                adjustments.put(CandidatePairs.encode(i, j), adjustment);
            }
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::weight).reversed());
        for (ScoredPair pair : pairs) {
            int i = linker.indexOf(pair.leftId());
            int j = linker.indexOf(pair.rightId());
            if (pair.matchWeight() >= VETO_WEIGHT) {
                neighbours.get(i).put(j, null);
                neighbours.get(j).put(i, null);
                if (pair.matchWeight() >= thresholdWeight) {
                    queue.add(new Candidate(pair.matchWeight(), i, j, 0, 0));
                }
            }
        }
        List<ScoredPair> review = new ArrayList<>();
        while (!queue.isEmpty()) {
            Candidate next = queue.poll();
            if (parent[next.a] != next.a || parent[next.b] != next.b
                || version[next.a] != next.versionA || version[next.b] != next.versionB) {
                continue; // a cluster changed since this score was computed
            }
            if (!compatible(linker, model, members.get(next.a), members.get(next.b))) {
                continue;
            }
            int root = members.get(next.a).size() >= members.get(next.b).size() ? next.a : next.b;
            int child = root == next.a ? next.b : next.a;
            parent[child] = root;
            List<Integer> joined = new ArrayList<>(members.get(root));
            joined.addAll(members.get(child));
            members.set(root, joined);
            members.set(child, List.of());
            version[root]++;
            neighbours.get(root).putAll(neighbours.get(child));
            neighbours.set(child, Map.of());
            Set<Integer> around = new HashSet<>();
            for (int neighbour : neighbours.get(root).keySet()) {
                around.add(find(parent, neighbour));
            }
            around.remove(root);
            for (int other : around) {
                double weight = pooledWeight(linker, model, members.get(root), members.get(other), adjustments);
                if (weight >= thresholdWeight) {
                    queue.add(new Candidate(weight, root, other, version[root], version[other]));
                }
            }
        }
        for (ScoredPair pair : pairs) {
            if (pair.probability() >= reviewFloor
                && find(parent, linker.indexOf(pair.leftId())) != find(parent, linker.indexOf(pair.rightId()))) {
                review.add(pair);
            }
        }
        review.sort(Comparator.comparingDouble(ScoredPair::matchWeight).reversed());
        Map<String, String> clusterByRecord = new HashMap<>();
        Map<Integer, String> idOfRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = linker.records().get(i).id();
            clusterByRecord.put(id, idOfRoot.computeIfAbsent(find(parent, i), r -> id));
        }
        return new Clusters(clusterByRecord, review);
    }

    /**
     * Prior plus, per comparison, the best weight over the pairs across the two clusters, plus
     * what the one-to-one constraint adds to or takes from the strongest candidate pair across
     * them (its scored weight less its Fellegi–Sunter weight; 0 when none is a candidate).
     */
    static double pooledWeight(Linker linker, LinkageModel model, List<Integer> a, List<Integer> b,
                               Map<Long, Double> adjustments) {
        double weight = model.priorWeight();
        for (int c = 0; c < linker.comparisons().size(); c++) {
            double best = Double.NaN;
            for (int i : a) {
                for (int j : b) {
                    double w = linker.comparisonWeight(model, c, i, j);
                    if (!Double.isNaN(w) && (Double.isNaN(best) || w > best)) {
                        best = w;
                    }
                }
            }
            weight += Double.isNaN(best) ? 0 : best;
        }
        double strongest = Double.NEGATIVE_INFINITY;
        double adjustment = 0;
        for (int i : a) {
            for (int j : b) {
                Double adjusted = adjustments.get(CandidatePairs.encode(i, j));
                if (adjusted != null) {
                    double own = linker.matchWeight(model, i, j);
                    if (own > strongest) {
                        strongest = own;
                        adjustment = adjusted;
                    }
                }
            }
        }
        return weight + adjustment;
    }

    /**
     * No two records of one duplicate-free source, and, once a cluster has several records, no
     * pair across below the veto weight nor with a field below the disagreement veto.
     */
    private static boolean compatible(Linker linker, LinkageModel model, List<Integer> a, List<Integer> b) {
        boolean pooled = a.size() > 1 || b.size() > 1;
        for (int i : a) {
            for (int j : b) {
                int source = linker.sourceOf(i);
                if (source == linker.sourceOf(j) && linker.isDuplicateFree(source)) {
                    return false;
                }
                if (pooled && vetoed(linker, model, i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the pair's weight is below {@link #VETO_WEIGHT} or one of its fields compares
     * below {@link #DISAGREEMENT_VETO}; one pass over the comparisons for both.
     */
    private static boolean vetoed(Linker linker, LinkageModel model, int i, int j) {
        double weight = model.priorWeight();
        for (int c = 0; c < linker.comparisons().size(); c++) {
            double w = linker.comparisonWeight(model, c, i, j);
            if (w < DISAGREEMENT_VETO) {
                return true;
            }
            weight += Double.isNaN(w) ? 0 : w; // a missing field says nothing
        }
        return weight < VETO_WEIGHT;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
