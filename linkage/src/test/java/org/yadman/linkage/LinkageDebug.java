package org.yadman.linkage;

import java.util.Arrays;
import java.util.Map;

/** Test-scope helper: level frequencies among truly matching candidate pairs. */
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
