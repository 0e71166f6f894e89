package org.yadman.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.yadman.linkage.compare.Comparison;

/**
 * Training as Splink does it. u: level frequencies among random comparable pairs (nearly all
 * non-matches). m: one EM session per training rule over the pairs that rule blocks, with u
 * fixed and the comparisons that read the rule's fields left out (blocking made them agree);
 * each m is the median over the sessions where its comparison took part. λ: EM over the
 * candidate pairs with m and u fixed gives the expected matches among them, divided by all
 * comparable pairs. A level that neither the random pairs nor any session's pairs showed is
 * marked unobserved: it keeps EM's starting m and the smoothed u, which say nothing, so it
 * weighs 0 (see {@link LinkageModel}) and is neutral in the λ session too.
 */
final class Training {

    private static final double TOLERANCE = 1e-6;
    static final double M_FLOOR = 1e-3;

    private Training() {
    }

    static LinkageModel train(Linker linker) {
        List<Comparison> comparisons = linker.comparisons();
        double[][] uCounts = randomPairLevelCounts(linker);
        double[][] u = smoothed(uCounts);
        boolean[][] observed = new boolean[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            observed[c] = new boolean[uCounts[c].length];
            for (int l = 0; l < uCounts[c].length; l++) {
                observed[c][l] = uCounts[c][l] > 0;
            }
        }
        List<List<double[]>> mSessions = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            mSessions.add(new ArrayList<>());
        }
        for (BlockingRule rule : linker.settings().trainingRules()) {
            List<Integer> active = new ArrayList<>();
            for (int c = 0; c < comparisons.size(); c++) {
                if (comparisons.get(c).fields().stream().noneMatch(rule.fields()::contains)) {
                    active.add(c);
                }
            }
            long[] pairs = linker.candidates(List.of(rule));
            if (active.isEmpty() || pairs.length == 0) {
                continue;
            }
            ExpectationMaximisation.Parameters p = session(linker, active, pairs, u, null,
                ExpectationMaximisation.Train.M_AND_LAMBDA, observed);
            for (int k = 0; k < active.size(); k++) {
                mSessions.get(active.get(k)).add(p.m[k]);
            }
        }
        double[][] m = new double[comparisons.size()][];
        for (int c = 0; c < comparisons.size(); c++) {
            m[c] = floor(mSessions.get(c).isEmpty()
                ? ExpectationMaximisation.initialM(comparisons.get(c).levels().size())
                : median(mSessions.get(c)));
        }
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            all.add(c);
        }
        // m = u at an unobserved level: a candidate pair there counts as neither match nor non-match evidence
        double[][] mForPrior = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            mForPrior[c] = m[c].clone();
            for (int l = 0; l < m[c].length; l++) {
                mForPrior[c][l] = observed[c][l] ? m[c][l] : u[c][l];
            }
        }
        long[] candidates = linker.candidates(linker.settings().blockingRules());
        double lambda = 1e-6;
        if (candidates.length > 0) {
            ExpectationMaximisation.Parameters p = session(linker, all, candidates, u, mForPrior,
                ExpectationMaximisation.Train.LAMBDA_ONLY, null);
            lambda = p.lambda * candidates.length / Math.max(linker.comparablePairCount(), 1);
        }
        List<LinkageModel.ComparisonParameters> parameters = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            List<LinkageModel.Level> levels = new ArrayList<>();
            for (int l = 0; l < m[c].length; l++) {
                levels.add(new LinkageModel.Level(comparisons.get(c).levels().get(l), m[c][l], u[c][l],
                    !observed[c][l]));
            }
            parameters.add(new LinkageModel.ComparisonParameters(comparisons.get(c).name(), levels));
        }
        return new LinkageModel(Math.min(Math.max(lambda, 1e-12), 1 - 1e-9), parameters);
    }

    /**
     * One EM run over the given pairs and comparisons; m starts from {@code m} or the defaults.
     * Marks in {@code observed}, when given, each active comparison's levels that the pairs show.
     */
    private static ExpectationMaximisation.Parameters session(Linker linker, List<Integer> active, long[] pairs,
                                                              double[][] u, double[][] m,
                                                              ExpectationMaximisation.Train train,
                                                              boolean[][] observed) {
        Map<Long, int[]> patterns = new HashMap<>();
        Map<Long, double[]> counts = new HashMap<>();
        for (long pair : pairs) {
            int i = CandidatePairs.left(pair);
            int j = CandidatePairs.right(pair);
            long code = 0;
            int[] levels = new int[active.size()];
            for (int k = 0; k < active.size(); k++) {
                levels[k] = linker.level(active.get(k), i, j);
                if (observed != null && levels[k] >= 0) {
                    observed[active.get(k)][levels[k]] = true;
                }
                code = code << 4 | (levels[k] + 1);
            }
            patterns.putIfAbsent(code, levels);
            counts.computeIfAbsent(code, x -> new double[1])[0]++;
        }
        int[][] vectors = new int[patterns.size()][];
        double[] weights = new double[patterns.size()];
        int n = 0;
        for (Map.Entry<Long, int[]> e : patterns.entrySet()) {
            vectors[n] = e.getValue();
            weights[n++] = counts.get(e.getKey())[0];
        }
        double[][] mActive = new double[active.size()][];
        double[][] uActive = new double[active.size()][];
        for (int k = 0; k < active.size(); k++) {
            int c = active.get(k);
            mActive[k] = m == null ? ExpectationMaximisation.initialM(u[c].length) : m[c].clone();
            uActive[k] = u[c].clone();
        }
        ExpectationMaximisation.Parameters p = new ExpectationMaximisation.Parameters(0.1, mActive, uActive);
        ExpectationMaximisation.run(vectors, weights, p, train, linker.settings().maxEmIterations(), TOLERANCE);
        return p;
    }

    /** How many random comparable pairs have each level of each comparison. */
    static double[][] randomPairLevelCounts(Linker linker) {
        List<Comparison> comparisons = linker.comparisons();
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
        }
        int n = linker.records().size();
        double comparable = linker.comparablePairCount();
        long wanted = (long) Math.min(linker.settings().uSamplePairs(), comparable);
        SplittableRandom random = new SplittableRandom(linker.settings().seed());
        long drawn = 0;
        for (long attempts = 0; drawn < wanted && attempts < 20 * wanted; attempts++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (!linker.comparable(i, j)) {
                continue;
            }
            drawn++;
            for (int c = 0; c < counts.length; c++) {
                int level = linker.level(c, i, j);
                if (level >= 0) {
                    counts[c][level]++;
                }
            }
        }
        return counts;
    }

    /** u: level frequencies with half a pair added to every level, so none is 0. */
    static double[][] smoothed(double[][] counts) {
        double[][] u = new double[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            double total = Arrays.stream(counts[c]).sum() + 0.5 * counts[c].length;
            u[c] = Arrays.stream(counts[c]).map(x -> (x + 0.5) / total).toArray();
        }
        return u;
    }

    /**
     * Raises every m to at least {@link #M_FLOOR}: any level can occur among matches through a
     * typing error the training pairs happened not to show, and a level with m near 0 would
     * veto a match on its own.
     */
    static double[] floor(double[] m) {
        double[] floored = new double[m.length];
        double sum = 0;
        for (int l = 0; l < m.length; l++) {
            floored[l] = Math.max(m[l], M_FLOOR);
            sum += floored[l];
        }
        for (int l = 0; l < m.length; l++) {
            floored[l] /= sum;
        }
        return floored;
    }

    /** Level by level median of several m vectors, renormalised to sum to 1. */
    static double[] median(List<double[]> vectors) {
        int levels = vectors.get(0).length;
        double[] result = new double[levels];
        double sum = 0;
        for (int l = 0; l < levels; l++) {
            final int level = l;
            double[] values = vectors.stream().mapToDouble(v -> v[level]).sorted().toArray();
            int mid = values.length / 2;
            result[l] = values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
            sum += result[l];
        }
        for (int l = 0; l < levels; l++) {
            result[l] /= sum;
        }
        return result;
    }
}
