package org.yadman.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yadman.linkage.ScoredPair;

/**
 * Makes a clustering honour reviewers: every accepted pair ends in one cluster, every rejected
 * pair in two. Accepted pairs join their clusters; a cluster that then holds a rejected pair is
 * rebuilt from its own scored pairs, strongest first, joining two parts only when no rejected
 * pair would end inside, nor two records of one duplicate-free source (accepted pairs always
 * join). A rejection that contradicts a chain of acceptances cannot be honoured; the acceptances
 * win and the pair is reported.
 */
final class DecidedClusters {

    /** A decided pair of record ids. */
    record Pair(String left, String right) {
    }

    private DecidedClusters() {
    }

    /**
     * @param clusterByRecord the model's clusters (cluster id by record id)
     * @param scored the scored candidate pairs (edges for rebuilding a split cluster)
     * @param duplicateFreeSourceOf the source of each record whose source is duplicate-free (others absent)
     * @return groups of record ids; every record of {@code clusterByRecord} in exactly one
     */
    static List<List<String>> apply(Map<String, String> clusterByRecord, List<ScoredPair> scored,
                                    List<Pair> accepted, List<Pair> rejected, Map<String, String> duplicateFreeSourceOf) {
        UnionFind joined = new UnionFind();
        clusterByRecord.forEach((record, cluster) -> joined.union(record, cluster));
        for (Pair p : accepted) {
            if (clusterByRecord.containsKey(p.left()) && clusterByRecord.containsKey(p.right())) {
                joined.union(p.left(), p.right());
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        clusterByRecord.keySet().stream().sorted().forEach(r -> groups.computeIfAbsent(joined.find(r), k -> new ArrayList<>()).add(r));
        List<List<String>> result = new ArrayList<>();
        for (List<String> group : groups.values()) {
            Set<String> members = new HashSet<>(group);
            boolean violated = rejected.stream().anyMatch(p -> members.contains(p.left()) && members.contains(p.right()));
            result.addAll(violated ? split(members, scored, accepted, rejected, duplicateFreeSourceOf) : List.of(group));
        }
        return result;
    }

    /**
     * Rebuilds one group from its pairs, strongest first, keeping rejected pairs apart and records
     * of one duplicate-free source ({@code duplicateFreeSourceOf}) in different parts.
     */
    static Collection<List<String>> split(Set<String> members, List<ScoredPair> scored, List<Pair> accepted, List<Pair> rejected,
                                          Map<String, String> duplicateFreeSourceOf) {
        Map<String, Set<String>> apart = new HashMap<>();
        for (Pair p : rejected) {
            if (members.contains(p.left()) && members.contains(p.right())) {
                apart.computeIfAbsent(p.left(), k -> new HashSet<>()).add(p.right());
                apart.computeIfAbsent(p.right(), k -> new HashSet<>()).add(p.left());
            }
        }
        List<ScoredPair> edges = new ArrayList<>();
        for (Pair p : accepted) {
            if (members.contains(p.left()) && members.contains(p.right())) {
                edges.add(new ScoredPair(p.left(), p.right(), Double.POSITIVE_INFINITY, 1.0));
            }
        }
        for (ScoredPair p : scored) {
            if (members.contains(p.leftId()) && members.contains(p.rightId())) edges.add(p);
        }
        edges.sort(Comparator.comparingDouble(ScoredPair::matchWeight).reversed());
        Map<String, Set<String>> part = new HashMap<>();
        for (String m : members) part.put(m, new HashSet<>(Set.of(m)));
        for (ScoredPair e : edges) {
            Set<String> a = part.get(e.leftId());
            Set<String> b = part.get(e.rightId());
            if (a == b) continue;
            boolean forced = e.matchWeight() == Double.POSITIVE_INFINITY;
            if (!forced && (a.stream().anyMatch(x -> apart.getOrDefault(x, Set.of()).stream().anyMatch(b::contains))
                    || shareDuplicateFreeSource(a, b, duplicateFreeSourceOf))) continue;
            a.addAll(b);
            for (String m : b) part.put(m, a);
        }
        Map<Set<String>, Boolean> seen = new java.util.IdentityHashMap<>();
        List<List<String>> parts = new ArrayList<>();
        members.stream().sorted().forEach(m -> {
            Set<String> p = part.get(m);
            if (seen.put(p, Boolean.TRUE) == null) parts.add(p.stream().sorted().toList());
        });
        return parts;
    }

    private static boolean shareDuplicateFreeSource(Set<String> a, Set<String> b, Map<String, String> duplicateFreeSourceOf) {
        Set<String> sources = new HashSet<>();
        for (String x : a) {
            String source = duplicateFreeSourceOf.get(x);
            if (source != null) sources.add(source);
        }
        for (String y : b) {
            if (sources.contains(duplicateFreeSourceOf.get(y))) return true;
        }
        return false;
    }

    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) return x;
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) parent.put(ra, rb);
        }
    }
}
