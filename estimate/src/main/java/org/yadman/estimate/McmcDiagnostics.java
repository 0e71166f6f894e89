package org.yadman.estimate;

/** Effective sample size and the Gelman–Rubin potential scale reduction factor. */
final class McmcDiagnostics {
  private McmcDiagnostics() {}

  /**
   * Effective sample size of one chain by Geyer's (1992) initial monotone positive sequence: the sum of
   * autocorrelations over consecutive pairs of lags while the pair sums stay positive and decreasing.
   */
  static double effectiveSampleSize(double[] x) {
    int n = x.length;
    if (n < 4) {
      return n;
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double c0 = 0;
    for (double v : x) {
      c0 += (v - mean) * (v - mean);
    }
    c0 /= n;
    if (c0 == 0) {
      return n;
    }
    double sum = 0;
    double prevPair = Double.POSITIVE_INFINITY;
    for (int lag = 0; lag + 1 < n; lag += 2) {
      double pair = autocorrelation(x, mean, c0, lag) + autocorrelation(x, mean, c0, lag + 1);
      if (pair <= 0) {
        break;
      }
      pair = Math.min(pair, prevPair);
      sum += pair;
      prevPair = pair;
    }
    double tau = -1 + 2 * sum;
    return n / Math.max(tau, 1.0 / Math.log10(Math.max(n, 10)));
  }

  private static double autocorrelation(double[] x, double mean, double c0, int lag) {
    double s = 0;
    for (int i = 0; i + lag < x.length; i++) {
      s += (x[i] - mean) * (x[i + lag] - mean);
    }
    return s / x.length / c0;
  }

  /** Lag-1 autocorrelation. */
  static double lag1(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double c0 = 0;
    for (double v : x) {
      c0 += (v - mean) * (v - mean);
    }
    c0 /= x.length;
    return c0 == 0 ? 0 : autocorrelation(x, mean, c0, 1);
  }

  /**
   * Gelman and Rubin's (1992) potential scale reduction factor √(V̂/W) over m ≥ 2 chains of equal
   * length; NaN with one chain.
   */
  static double gelmanRubin(double[][] chains) {
    int m = chains.length;
    if (m < 2) {
      return Double.NaN;
    }
    int n = chains[0].length;
    double[] means = new double[m];
    double grand = 0;
    double w = 0;
    for (int i = 0; i < m; i++) {
      if (chains[i].length != n) {
        throw new IllegalArgumentException("chains must have equal lengths; got " + chains[i].length + " and " + n);
      }
      double s = 0;
      for (double v : chains[i]) {
        s += v;
      }
      means[i] = s / n;
      grand += means[i];
      double ss = 0;
      for (double v : chains[i]) {
        ss += (v - means[i]) * (v - means[i]);
      }
      w += ss / (n - 1);
    }
    grand /= m;
    w /= m;
    double b = 0;
    for (double mu : means) {
      b += (mu - grand) * (mu - grand);
    }
    b *= (double) n / (m - 1);
    double v = (n - 1.0) / n * w + b / n;
    return w == 0 ? 1.0 : Math.sqrt(v / w);
  }

  /** Type-7 quantile (R's default) of sorted data. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
