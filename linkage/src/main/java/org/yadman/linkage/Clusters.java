package org.yadman.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of clustering: which cluster (person) each record belongs to, and the pairs a
 * person should review. Cluster ids are the id of the cluster's first record in input order.
 */
public final class Clusters {

    private final Map<String, String> clusterByRecord;
    private final List<ScoredPair> forReview;

    Clusters(Map<String, String> clusterByRecord, List<ScoredPair> forReview) {
        this.clusterByRecord = Map.copyOf(clusterByRecord);
        this.forReview = List.copyOf(forReview);
    }

    /** Cluster id of every record, singletons included. */
    public Map<String, String> clusterByRecord() {
        return clusterByRecord;
    }

    /** The clusters as lists of record ids. */
    public Collection<List<String>> clusters() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        clusterByRecord.forEach((record, cluster) -> members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(record));
        return members.values();
    }

    public int count() {
        return (int) clusterByRecord.values().stream().distinct().count();
    }

    /**
     * Doubtful pairs between different clusters: below the threshold but above the review floor,
     * or above the threshold but refused because they would put two records of one
     * duplicate-free source in one cluster. Strongest first.
     */
    public List<ScoredPair> forReview() {
        return forReview;
    }
}
