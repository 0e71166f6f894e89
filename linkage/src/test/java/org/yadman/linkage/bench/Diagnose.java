package org.yadman.linkage.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yadman.linkage.Clusters;
import org.yadman.linkage.Evaluation;
import org.yadman.linkage.LinkageDebug;
import org.yadman.linkage.LinkageModel;
import org.yadman.linkage.Linker;
import org.yadman.linkage.Record;
import org.yadman.linkage.ScoredPair;
import org.yadman.linkage.compare.PersonLinkage;

/**
 * A tuning aid for lists-dev, not run by {@code mvn verify}: prints the trained model, the
 * first wrongly clustered pairs, errors counted by how many non-name fields the two records
 * share and by weight, the true level frequencies of matches (to compare with the trained m),
 * F1 over a range of thresholds, errors by the lists of their two records, how many candidate
 * pairs of each weight are true beside the model's probability (calibration), and the clusters the
 * true m would give. Run as {@link LinkageScores}, with this class's name.
 */
public final class Diagnose {

    private Diagnose() {
    }

    public static void main(String[] args) {
        Path data = BenchmarkData.shared();
        List<Record> records = BenchmarkData.listsDev(data);
        Map<String, String> truth = BenchmarkData.listsDevTruth(data);
        Map<String, Record> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        Linker linker = new Linker(PersonLinkage.settings(BenchmarkData.LISTS_DEV_DUPLICATE_FREE), records);
        LinkageModel model = linker.train();
        if (System.getProperty("lambda") != null) { // what if the prior were this
            model = new LinkageModel(Double.parseDouble(System.getProperty("lambda")), model.comparisons());
        }
        System.out.println(model.toJson());
        List<ScoredPair> pairs = linker.predict(model);
        Clusters clusters = linker.cluster(model, pairs, LinkageScores.THRESHOLD, 0.1);
        Map<String, String> cluster = clusters.clusterByRecord();
        int falsePairs = 0;
        int missedPairs = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (ScoredPair p : pairs) {
            boolean same = truth.get(p.leftId()).equals(truth.get(p.rightId()));
            boolean linked = cluster.get(p.leftId()).equals(cluster.get(p.rightId()));
            if (same == linked) {
                continue;
            }
            kinds.merge(String.format("%s shared %d weight %+.0f", same ? "missed" : "false",
                LinkageDebug.sharedFields(linker, p.leftId(), p.rightId()), Math.floor(p.matchWeight() / 5) * 5),
                1, Integer::sum);
            if ((same ? missedPairs++ : falsePairs++) < 20) {
                System.out.printf("%s %.2f%n   %s%n   %s%n", same ? "MISSED" : "FALSE", p.matchWeight(),
                    byId.get(p.leftId()), byId.get(p.rightId()));
            }
        }
        System.out.println("false pairs " + falsePairs + ", missed pairs " + missedPairs);
        kinds.forEach((kind, count) -> System.out.println("  " + kind + ": " + count));
        LinkageDebug.trueM(linker, truth);
        for (double t : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            System.out.println(t + " " + Evaluation.of(linker.cluster(model, pairs, t, t).clusterByRecord(), truth));
        }
        errorsBySources(cluster, truth);
        calibration(pairs, truth);
        LinkageModel trueM = LinkageDebug.withTrueM(linker, model, truth);
        System.out.println("with the true m (a diagnosis): " + Evaluation.of(
            linker.cluster(trueM, linker.predict(trueM), LinkageScores.THRESHOLD, 0.1).clusterByRecord(), truth));
    }

    /** Missed and false pairs over all pairs of records, by the lists of their two records (A–D). */
    private static void errorsBySources(Map<String, String> cluster, Map<String, String> truth) {
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> wrong = new TreeMap<>();
        count(truth, cluster, missed);
        count(cluster, truth, wrong);
        System.out.println("missed pairs by lists " + missed + ", false pairs by lists " + wrong);
    }

    /** Pairs together in {@code together} but apart in {@code other}, by the lists (record id's first letter). */
    private static void count(Map<String, String> together, Map<String, String> other, Map<String, Integer> counts) {
        Map<String, List<String>> groups = new HashMap<>();
        together.forEach((record, group) -> groups.computeIfAbsent(group, g -> new ArrayList<>()).add(record));
        for (List<String> members : groups.values()) {
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    String x = members.get(a);
                    String y = members.get(b);
                    if (!other.get(x).equals(other.get(y))) {
                        String lists = x.charAt(0) < y.charAt(0) ? "" + x.charAt(0) + y.charAt(0) : "" + y.charAt(0) + x.charAt(0);
                        counts.merge(lists, 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Candidate pairs by whole units of match weight: how many are true, beside the probability the model gives. */
    private static void calibration(List<ScoredPair> pairs, Map<String, String> truth) {
        Map<Integer, int[]> byWeight = new TreeMap<>();
        for (ScoredPair p : pairs) {
            int bucket = (int) Math.max(-8, Math.min(8, Math.floor(p.matchWeight())));
            boolean same = truth.get(p.leftId()).equals(truth.get(p.rightId()));
            byWeight.computeIfAbsent(bucket, b -> new int[2])[same ? 1 : 0]++;
        }
        System.out.println("weight  true  false  observed  model");
        byWeight.forEach((w, n) -> System.out.printf("%+3d %6d %6d    %.2f    %.2f%n", w, n[1], n[0],
            n[1] / (double) (n[0] + n[1]), 1 / (1 + Math.pow(2, -(w + 0.5)))));
    }
}
