package org.yadman.linkage;

import java.util.Arrays;

/**
 * Match weights that know a duplicate-free source holds each person at most once. The
 * Fellegi–Sunter weight of a pair ignores the other candidates of its records: two namesakes
 * in the families' list score the same against a testimony, though at most one of them can be
 * its person, and a testimony whose only candidate in a list is one record is likelier that
 * person than the global prior says. Here each pair of sources is a bipartite matching with
 * "no match" allowed on either side (Sadinle 2017, <i>Bayesian estimation of bipartite
 * matchings for record linkage</i>, JASA 112), whose match marginals are approximated by
 * sum-product belief propagation (Bayati, Shah and Sharma 2008; Huang and Jebara 2009):
 * <pre>
 *   q(i,j)   = r(i,j) / ((1 − π_i)(1 − π_j))      r = M_st / (n_s n_t) · LR(i,j)
 *   μ(i→j)   = 1 / (1 + Σ_{j' ≠ j} q(i,j') ν(j'→i))   over i's candidates in j's source
 *   odds(i,j) = q(i,j) · μ(i→j) · ν(j→i)
 * </pre>
 * where LR is the pair's Bayes factor (its weight less the prior), M_st the expected number of
 * matches between sources s and t, re-estimated from the odds (EM on the prior), and π_i =
 * M_st / n_s the share of i's source with a match in the other. A side in a source that may
 * repeat a person has no such constraint: its factor is 1. Pairs inside one source and pairs
 * of two such sources keep their Bayes factor, with the prior M_st re-estimated the same way.
 */
final class ExclusiveMatching {

    private static final int MAX_ITERATIONS = 50;
    private static final double DAMPING = 0.5;
    private static final double TOLERANCE = 1e-4;

    private ExclusiveMatching() {
    }

    /**
     * The weights {@code log2 odds} of the candidate pairs under the one-to-one constraint, or
     * the given weights unchanged when no source is duplicate-free.
     *
     * @param candidates encoded pairs ({@link CandidatePairs#encode})
     * @param weights their Fellegi–Sunter match weights, prior included
     */
    static double[] weights(Linker linker, double priorWeight, long[] candidates, double[] weights) {
        int n = linker.records().size();
        int sources = 0;
        boolean anyFree = false;
        for (int i = 0; i < n; i++) {
            sources = Math.max(sources, linker.sourceOf(i) + 1);
        }
        for (int s = 0; s < sources; s++) {
            anyFree |= linker.isDuplicateFree(s);
        }
        if (!anyFree || candidates.length == 0) {
            return weights.clone();
        }
        double[] size = new double[sources];
        for (int i = 0; i < n; i++) {
            size[linker.sourceOf(i)]++;
        }
        int pairs = candidates.length;
        int[] left = new int[pairs];
        int[] right = new int[pairs];
        int[] sourceLeft = new int[pairs];
        int[] sourceRight = new int[pairs];
        double[] factor = new double[pairs];
        boolean[] leftExclusive = new boolean[pairs];
        boolean[] rightExclusive = new boolean[pairs];
        for (int k = 0; k < pairs; k++) {
            left[k] = CandidatePairs.left(candidates[k]);
            right[k] = CandidatePairs.right(candidates[k]);
            sourceLeft[k] = linker.sourceOf(left[k]);
            sourceRight[k] = linker.sourceOf(right[k]);
            factor[k] = Math.pow(2, weights[k] - priorWeight);
            boolean differentSources = sourceLeft[k] != sourceRight[k];
            leftExclusive[k] = differentSources && linker.isDuplicateFree(sourceRight[k]);
            rightExclusive[k] = differentSources && linker.isDuplicateFree(sourceLeft[k]);
        }
        int[] groupLeft = new int[pairs];
        int[] groupRight = new int[pairs];
        for (int k = 0; k < pairs; k++) {
            groupLeft[k] = left[k] * sources + sourceRight[k];
            groupRight[k] = right[k] * sources + sourceLeft[k];
        }
        double[][] matches = new double[sources][sources];
        for (int s = 0; s < sources; s++) {
            for (int t = 0; t < sources; t++) {
                matches[s][t] = 0.3 * Math.min(size[s], size[t]);
            }
        }
        double[] mu = filled(pairs);
        double[] nu = filled(pairs);
        double[] q = new double[pairs];
        double[] odds = new double[pairs];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (int k = 0; k < pairs; k++) {
                int s = sourceLeft[k];
                int t = sourceRight[k];
                double comparable = s == t ? size[s] * (size[s] - 1) / 2 : size[s] * size[t];
                double r = matches[s][t] / comparable * factor[k];
                double freeLeft = leftExclusive[k] ? Math.max(1e-3, 1 - matches[s][t] / size[s]) : 1;
                double freeRight = rightExclusive[k] ? Math.max(1e-3, 1 - matches[s][t] / size[t]) : 1;
                q[k] = Math.min(r / (freeLeft * freeRight), 1e250);
            }
            double[] termLeft = new double[pairs];
            double[] termRight = new double[pairs];
            for (int k = 0; k < pairs; k++) {
                termLeft[k] = q[k] * nu[k];
                termRight[k] = q[k] * mu[k];
            }
            Others othersOfLeft = Others.of(groupLeft, n * sources, termLeft);
            Others othersOfRight = Others.of(groupRight, n * sources, termRight);
            double[][] next = new double[sources][sources];
            for (int k = 0; k < pairs; k++) {
                double othersLeft = leftExclusive[k] ? 1 + othersOfLeft.besides(k) : 1;
                double othersRight = rightExclusive[k] ? 1 + othersOfRight.besides(k) : 1;
                odds[k] = q[k] / (othersLeft * othersRight);
                mu[k] = DAMPING * mu[k] + (1 - DAMPING) / othersLeft;
                nu[k] = DAMPING * nu[k] + (1 - DAMPING) / othersRight;
                double p = 1 / (1 + 1 / odds[k]);
                next[sourceLeft[k]][sourceRight[k]] += p;
                if (sourceLeft[k] != sourceRight[k]) {
                    next[sourceRight[k]][sourceLeft[k]] += p;
                }
            }
            double change = 0;
            for (int s = 0; s < sources; s++) {
                for (int t = 0; t < sources; t++) {
                    double m = Math.max(next[s][t], 1);
                    change = Math.max(change, Math.abs(m - matches[s][t]) / matches[s][t]);
                    matches[s][t] = m;
                }
            }
            if (change < TOLERANCE && iteration > 10) {
                break;
            }
        }
        double[] adjusted = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            adjusted[k] = LinkageModel.log2(Math.max(odds[k], Double.MIN_NORMAL));
        }
        return adjusted;
    }

    /**
     * For each pair, the sum of the terms of the other pairs that one of its records has in
     * the other record's source. The largest term of each record and source is kept apart, so
     * that a dominant pair does not swallow the others' sum in rounding.
     */
    private record Others(int[] group, double[] terms, int[] largest, double[] rest) {

        /** @param group per pair, its record times the number of sources plus the other record's source */
        static Others of(int[] group, int groups, double[] terms) {
            int[] largest = new int[groups];
            Arrays.fill(largest, -1);
            for (int k = 0; k < terms.length; k++) {
                if (largest[group[k]] < 0 || terms[k] > terms[largest[group[k]]]) {
                    largest[group[k]] = k;
                }
            }
            double[] rest = new double[groups];
            for (int k = 0; k < terms.length; k++) {
                if (largest[group[k]] != k) {
                    rest[group[k]] += terms[k];
                }
            }
            return new Others(group, terms, largest, rest);
        }

        double besides(int k) {
            int g = group[k];
            int top = largest[g];
            return top == k ? rest[g] : Math.max(0, rest[g] - terms[k]) + terms[top];
        }
    }

    private static double[] filled(int length) {
        double[] values = new double[length];
        Arrays.fill(values, 1.0);
        return values;
    }
}
