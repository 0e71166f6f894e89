package org.yadman.linkage.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yadman.linkage.Clusters;
import org.yadman.linkage.Evaluation;
import org.yadman.linkage.LinkageModel;
import org.yadman.linkage.LinkageSettings;
import org.yadman.linkage.Linker;
import org.yadman.linkage.Record;
import org.yadman.linkage.ScoredPair;
import org.yadman.linkage.compare.PersonLinkage;

/**
 * Prints linkage quality on the shared benchmarks: lists-dev (all four lists together), FEBRL4
 * (linkage of two files) and FEBRL3 (deduplication). Not run by {@code mvn verify}. Run:
 * <pre>
 * ./mvnw -q -pl linkage test-compile &amp;&amp; java -cp "linkage/target/classes:linkage/target/test-classes:$(cat linkage/target/cp.txt)" \
 *   -Dyadman.shared=../shared org.yadman.linkage.bench.LinkageScores
 * </pre>
 * (write the classpath first with {@code ./mvnw -q -pl linkage dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class LinkageScores {

    /** Threshold on match probability used by the tests and this bench. */
    public static final double THRESHOLD = 0.5;

    private LinkageScores() {
    }

    public static void main(String[] args) {
        Path data = BenchmarkData.shared();
        if (data == null) {
            System.out.println("no shared data: set -Dyadman.shared");
            return;
        }
        report("lists-dev", PersonLinkage.settings(BenchmarkData.LISTS_DEV_DUPLICATE_FREE),
            BenchmarkData.listsDev(data), BenchmarkData.listsDevTruth(data));
        List<Record> febrl4 = new ArrayList<>(BenchmarkData.febrl(data, "dataset4a.csv", "a"));
        febrl4.addAll(BenchmarkData.febrl(data, "dataset4b.csv", "b"));
        report("FEBRL4", BenchmarkData.febrlSettings("a", "b"), febrl4, BenchmarkData.febrlTruth(febrl4));
        List<Record> febrl3 = BenchmarkData.febrl(data, "dataset3.csv", "febrl3");
        report("FEBRL3", BenchmarkData.febrlSettings(), febrl3, BenchmarkData.febrlTruth(febrl3));
    }

    /** Trains, predicts, clusters and evaluates; returns the evaluation. */
    public static Evaluation run(LinkageSettings settings, List<Record> records, Map<String, String> truth, boolean print) {
        long start = System.nanoTime();
        Linker linker = new Linker(settings, records);
        LinkageModel model = linker.train();
        List<ScoredPair> pairs = linker.predict(model);
        Clusters clusters = linker.cluster(model, pairs, THRESHOLD, 0.1);
        Evaluation evaluation = Evaluation.of(clusters.clusterByRecord(), truth);
        if (print) {
            System.out.printf("  records %d, candidate pairs %d, pair completeness %.4f, review %d, %.1f s%n",
                records.size(), pairs.size(), linker.pairCompleteness(truth), clusters.forReview().size(),
                (System.nanoTime() - start) / 1e9);
            if (Boolean.getBoolean("yadman.printModel")) {
                System.out.println(model.toJson());
            }
        }
        return evaluation;
    }

    private static void report(String name, LinkageSettings settings, List<Record> records, Map<String, String> truth) {
        System.out.println(name);
        System.out.println("  " + run(settings, records, truth, true));
    }
}
