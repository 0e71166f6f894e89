package org.yadman.linkage;

/**
 * Expectation–maximisation for the Fellegi–Sunter mixture (Winkler 1988; as in Splink): each
 * comparison vector comes from matches with probability λ and level probabilities m, or from
 * non-matches with 1 − λ and u, comparisons independent given the class. Works on distinct
 * comparison vectors with their counts, so its cost does not grow with the number of pairs.
 * A null level (−1) leaves a comparison out of that vector's likelihood and of its update.
 */
final class ExpectationMaximisation {

    /** Mutable parameters; m[c][l], u[c][l] sum to 1 over l for each c. */
    static final class Parameters {
        double lambda;
        final double[][] m;
        final double[][] u;

        Parameters(double lambda, double[][] m, double[][] u) {
            this.lambda = lambda;
            this.m = m;
            this.u = u;
        }
    }

    /** What to re-estimate; the rest stays as given. */
    enum Train { LAMBDA_ONLY, M_AND_LAMBDA, ALL }

    private static final double SMOOTHING = 1e-6;

    private ExpectationMaximisation() {
    }

    /**
     * Runs EM until no parameter moves by more than {@code tolerance} or {@code maxIterations}.
     *
     * @param patterns distinct comparison vectors, patterns[p][c] a level or −1
     * @param counts how many pairs have each vector
     * @return the iterations run
     */
    static int run(int[][] patterns, double[] counts, Parameters p, Train train, int maxIterations, double tolerance) {
        int comparisons = p.m.length;
        double[] posterior = new double[patterns.length];
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double total = 0;
            double matches = 0;
            for (int i = 0; i < patterns.length; i++) {
                double lm = Math.log(p.lambda);
                double lu = Math.log(1 - p.lambda);
                for (int c = 0; c < comparisons; c++) {
                    int level = patterns[i][c];
                    if (level >= 0) {
                        lm += Math.log(p.m[c][level]);
                        lu += Math.log(p.u[c][level]);
                    }
                }
                posterior[i] = 1.0 / (1.0 + Math.exp(lu - lm));
                total += counts[i];
                matches += counts[i] * posterior[i];
            }
            double change = Math.abs(matches / total - p.lambda);
            p.lambda = clamp(matches / total);
            if (train != Train.LAMBDA_ONLY) {
                change = Math.max(change, update(patterns, counts, posterior, p.m, true));
                if (train == Train.ALL) {
                    change = Math.max(change, update(patterns, counts, posterior, p.u, false));
                }
            }
            if (change < tolerance) {
                return iteration;
            }
        }
        return maxIterations;
    }

    private static double update(int[][] patterns, double[] counts, double[] posterior, double[][] probabilities,
                                 boolean matchSide) {
        double change = 0;
        for (int c = 0; c < probabilities.length; c++) {
            double[] sums = new double[probabilities[c].length];
            boolean[] seen = new boolean[sums.length];
            double total = 0;
            for (int i = 0; i < patterns.length; i++) {
                int level = patterns[i][c];
                if (level >= 0) {
                    double weight = counts[i] * (matchSide ? posterior[i] : 1 - posterior[i]);
                    sums[level] += weight;
                    total += weight;
                    seen[level] = true;
                }
            }
            if (total <= 0) {
                continue; // no pair informs this comparison: keep what was given
            }
            // A level no pair shows says nothing: it keeps its probability, the others share the rest.
            double unseenMass = 0;
            int seenLevels = 0;
            for (int l = 0; l < sums.length; l++) {
                unseenMass += seen[l] ? 0 : probabilities[c][l];
                seenLevels += seen[l] ? 1 : 0;
            }
            for (int l = 0; l < sums.length; l++) {
                if (!seen[l]) {
                    continue;
                }
                double next = (1 - unseenMass) * (sums[l] + SMOOTHING) / (total + SMOOTHING * seenLevels);
                change = Math.max(change, Math.abs(next - probabilities[c][l]));
                probabilities[c][l] = next;
            }
        }
        return change;
    }

    private static double clamp(double lambda) {
        return Math.min(1 - 1e-12, Math.max(1e-12, lambda));
    }

    /** Starting m for a comparison of n levels: most weight on the most similar levels. */
    static double[] initialM(int levels) {
        double[] m = new double[levels];
        double sum = 0;
        for (int l = 0; l < levels; l++) {
            m[l] = l == levels - 1 ? 0.05 : Math.pow(0.5, l);
            sum += m[l];
        }
        for (int l = 0; l < levels; l++) {
            m[l] /= sum;
        }
        return m;
    }
}
