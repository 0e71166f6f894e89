package org.yadman.linkage.bench;

import java.nio.file.Path;
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
 * and F1 over a range of thresholds. Run as {@link LinkageScores}, with this class's name.
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
    }
}
