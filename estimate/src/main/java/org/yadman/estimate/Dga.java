package org.yadman.estimate;

import java.util.List;

/**
 * Bayesian model averaging over decomposable graphical models (Madigan and York 1997), computed as
 * the R package dga 2.0 computes it ({@code bma.cr}): a hyper-Dirichlet prior with δ per cell, the
 * marginal likelihood of a graph is the product over cliques of the marginal tables' Dirichlet
 * marginal likelihoods (prior δ·2^(k−|C|) per marginal cell) divided by the same over separators,
 * times the multinomial coefficient and the prior on N (default p(N) ∝ 1/N), for every number of
 * unobserved people in a given range. The result is the joint posterior over (graph, N).
 */
final class Dga {
  private Dga() {}

  /**
   * Normalised joint posterior weights[graph][i] for N = n + nMissing[i].
   *
   * @param counts counts by history mask (bit j = list j); index 0 ignored
   */
  static double[][] posterior(long[] counts, int lists, double delta, List<DecomposableGraph> graphs,
      long[] nMissing, double[] logPrior) {
    if (!(delta > 0)) {
      throw new IllegalArgumentException("the hyper-Dirichlet parameter delta must be positive; got " + delta);
    }
    int cellsTotal = 1 << lists;
    long n = 0;
    for (int m = 1; m < cellsTotal; m++) {
      n += counts[m];
    }
    int nm = nMissing.length;
    // component log marginal likelihoods for every non-empty subset of lists
    double[][] comp = new double[cellsTotal][];
    for (int subset = 1; subset < cellsTotal; subset++) {
      int size = Integer.bitCount(subset);
      double alpha = delta * Math.pow(2, lists - size);
      // marginal table over the lists in subset, indexed by the sub-mask of the history
      double[] marg = new double[1 << size];
      int[] bits = new int[size];
      for (int j = 0, b = 0; j < lists; j++) {
        if ((subset >> j & 1) == 1) {
          bits[b++] = j;
        }
      }
      for (int m = 1; m < cellsTotal; m++) {
        int idx = 0;
        for (int b = 0; b < size; b++) {
          idx |= ((m >> bits[b]) & 1) << b;
        }
        marg[idx] += counts[m];
      }
      double lgAlpha = SpecialFunctions.logGamma(alpha);
      double rest = 0;
      for (int i = 1; i < marg.length; i++) {
        rest += SpecialFunctions.logGamma(marg[i] + alpha);
      }
      double[] v = new double[nm];
      for (int i = 0; i < nm; i++) {
        v[i] = SpecialFunctions.logGamma(nMissing[i] + marg[0] + alpha) + rest - marg.length * lgAlpha;
      }
      comp[subset] = v;
    }
    double sumAlpha = delta * cellsTotal;
    double lgSumAlpha = SpecialFunctions.logGamma(sumAlpha);
    double sumLgY = 0;
    for (int m = 1; m < cellsTotal; m++) {
      sumLgY += SpecialFunctions.logGamma(counts[m] + 1.0);
    }
    double[] denominator = new double[nm];
    double[] common = new double[nm];
    for (int i = 0; i < nm; i++) {
      double total = nMissing[i] + n;
      denominator[i] = lgSumAlpha - SpecialFunctions.logGamma(total + sumAlpha);
      double multinomial = SpecialFunctions.logGamma(total + 1) - sumLgY - SpecialFunctions.logGamma(nMissing[i] + 1.0);
      common[i] = multinomial + (logPrior == null ? -Math.log(total) : logPrior[i]);
    }
    double[][] w = new double[graphs.size()][nm];
    double max = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < graphs.size(); g++) {
      DecomposableGraph graph = graphs.get(g);
      if (graph.lists() != lists) {
        throw new IllegalArgumentException("graph " + graph + " is for " + graph.lists() + " lists; the data have "
            + lists);
      }
      int nsub = graph.cliques().size() - graph.separators().size();
      for (int i = 0; i < nm; i++) {
        double s = nsub * denominator[i] + common[i];
        for (int c : graph.cliques()) {
          s += comp[c][i];
        }
        for (int sep : graph.separators()) {
          s -= comp[sep][i];
        }
        w[g][i] = s;
        max = Math.max(max, s);
      }
    }
    double total = 0;
    for (double[] row : w) {
      for (int i = 0; i < nm; i++) {
        row[i] = Math.exp(row[i] - max);
        total += row[i];
      }
    }
    for (double[] row : w) {
      for (int i = 0; i < nm; i++) {
        row[i] /= total;
      }
    }
    return w;
  }
}
