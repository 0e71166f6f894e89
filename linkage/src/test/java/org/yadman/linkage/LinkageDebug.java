package org.yadman.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test-scope helpers for diagnosis: level frequencies and m among truly matching candidate pairs. */
public final class LinkageDebug {
    /** Number of comparisons other than the first two (names) with data on both sides. */
    public static int sharedFields(Linker linker, String a, String b) {
        int i = linker.indexOf(a);
        int j = linker.indexOf(b);
        int n = 0;
        for (int c = 2; c < linker.comparisons().size(); c++) {
            n += linker.level(c, i, j) >= 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * A diagnosis, not a model: the trained model with each m replaced by the level frequencies
     * among truly matching candidate pairs (floored as training floors them), u and λ kept. Shows
     * how much better clusters would be if EM found the true m.
     */
    public static LinkageModel withTrueM(Linker linker, LinkageModel trained, Map<String, String> truth) {
        long[] pairs = linker.candidates(linker.settings().blockingRules());
        List<LinkageModel.ComparisonParameters> comparisons = new ArrayList<>();
        for (int c = 0; c < linker.comparisons().size(); c++) {
            double[] counts = new double[linker.comparisons().get(c).levels().size()];
            for (long pair : pairs) {
                int i = CandidatePairs.left(pair);
                int j = CandidatePairs.right(pair);
                int level = linker.level(c, i, j);
                if (level >= 0 && truth.get(linker.records().get(i).id()).equals(truth.get(linker.records().get(j).id()))) {
                    counts[level]++;
                }
            }
            double total = Math.max(Arrays.stream(counts).sum(), 1);
            double[] m = Training.floor(Arrays.stream(counts).map(x -> x / total).toArray());
            LinkageModel.ComparisonParameters trainedLevels = trained.comparisons().get(c);
            List<LinkageModel.Level> levels = new ArrayList<>();
            for (int l = 0; l < m.length; l++) {
                LinkageModel.Level level = trainedLevels.levels().get(l);
                levels.add(new LinkageModel.Level(level.label(), m[l], level.u()));
            }
            comparisons.add(new LinkageModel.ComparisonParameters(trainedLevels.name(), levels));
        }
        return new LinkageModel(trained.lambda(), comparisons);
    }

    public static void trueM(Linker linker, Map<String, String> truth) {
        long[] pairs = linker.candidates(linker.settings().blockingRules());
        for (int c = 0; c < linker.comparisons().size(); c++) {
            double[] counts = new double[linker.comparisons().get(c).levels().size() + 1];
            for (long pair : pairs) {
                int i = CandidatePairs.left(pair);
                int j = CandidatePairs.right(pair);
                if (truth.get(linker.records().get(i).id()).equals(truth.get(linker.records().get(j).id()))) {
                    counts[linker.level(c, i, j) + 1]++;
                }
            }
            System.out.println(linker.comparisons().get(c).name() + " null,levels: " + Arrays.toString(counts));
        }
    }
}
