package org.yadman.estimate;

import java.util.function.DoubleUnaryOperator;

/**
 * Rcapture's profile-likelihood interval for N ({@code closedpCI}): for a candidate N the unobserved
 * cell n0 = N − n (not necessarily an integer) is appended with a design row that is zero but for the
 * intercept, the Poisson model is refitted, and the multinomial profile log-likelihood is
 * −(deviance − 2·ct)/2 with Cormack's (1992) correction ct. Its maximum is sought in (n, 1.5·N̂) and
 * the bounds where it falls by χ²₁(1 − α)/2, on (n, N_max) and (N_max, 3·N̂). Rcapture's root tolerance
 * is 1e-4; this uses tighter tolerances, so bounds agree with R's to about 1e-3 or better.
 */
final class ProfileLikelihood {
  private ProfileLikelihood() {}

  /** The interval: the multinomial maximum and the bounds (lower = n when the likelihood never falls that far). */
  record Interval(double nMax, double lower, double upper, boolean upperFound, double upperSearchLimit) {}

  static Interval interval(CellData d, Design design, boolean chaoNeg, double poissonN, double level,
      double fmaxSupCL) {
    long n = d.n;
    int rows = d.rows + 1;
    double[][] x = design.withIntercept(true);
    double[] offset = null;
    if (d.offset != null) {
      offset = new double[rows];
      System.arraycopy(d.offset, 0, offset, 0, d.rows);
    }
    final double[] off = offset;
    DoubleUnaryOperator loglik = bigN -> {
      double n0 = bigN - n;
      double[] y = new double[rows];
      System.arraycopy(d.y, 0, y, 0, d.rows);
      y[rows - 1] = n0;
      double dev = devianceWithNeg(y, x, off, design, chaoNeg);
      double total = 0;
      for (double v : y) {
        total += v;
      }
      double ct;
      if (total > 100) {
        ct = (n0 == 0 || n0 == 1) ? -total + 0.5 * Math.log(2 * Math.PI * total)
            : n0 - total - 0.5 * Math.log(n0 / total);
      } else {
        ct = xlogx(n0) + SpecialFunctions.logGamma(total + 1) - xlogx(total) - SpecialFunctions.logGamma(n0 + 1);
      }
      return (dev - 2 * ct) / -2;
    };
    double upperSearch = fmaxSupCL * poissonN;
    double nMax = Optimize.maximize(loglik, n, 1.5 * poissonN, 1e-7);
    double lMax = loglik.applyAsDouble(nMax);
    double target = lMax - SpecialFunctions.chiSquare1Quantile(level) / 2;
    DoubleUnaryOperator g = v -> loglik.applyAsDouble(v) - target;
    double lower = Optimize.root(g, n, nMax, 1e-7);
    if (Double.isNaN(lower)) {
      lower = n;
    }
    double upper = Optimize.root(g, nMax, upperSearch, 1e-7);
    boolean found = !Double.isNaN(upper);
    return new Interval(nMax, lower, found ? upper : Double.POSITIVE_INFINITY, found, upperSearch);
  }

  private static double xlogx(double v) {
    return v == 0 ? 0 : v * Math.log(v);
  }

  private static double devianceWithNeg(double[] y, double[][] x, double[] off, Design design, boolean chaoNeg) {
    PoissonGlm.Fit fit = PoissonGlm.fit(y, x, off);
    if (!chaoNeg) {
      return fit.deviance();
    }
    double[][] cur = x;
    int nca = design.nca();
    while (true) {
      int pos = -1;
      double[] b = fit.coefficients();
      for (int c = nca; c < b.length; c++) {
        if (!Double.isNaN(b[c]) && b[c] < 0) {
          pos = c;
          break;
        }
      }
      if (pos < 0) {
        return fit.deviance();
      }
      double[][] next = new double[cur.length][cur[0].length - 1];
      for (int r = 0; r < cur.length; r++) {
        for (int c = 0, o = 0; c < cur[0].length; c++) {
          if (c != pos) {
            next[r][o++] = cur[r][c];
          }
        }
      }
      cur = next;
      fit = PoissonGlm.fit(y, cur, off);
    }
  }
}
