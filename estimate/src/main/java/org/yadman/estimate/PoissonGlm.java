package org.yadman.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * Poisson log-linear regression by iteratively reweighted least squares, step for step as R's
 * {@code glm.fit} (the fitter Rcapture calls): start at μ = y + 0.1, solve each weighted least-squares
 * problem by a Householder QR with LINPACK {@code dqrdc2}'s limited column pivoting (a column whose
 * remaining norm falls below 1e-11 of its original norm is moved to the end and its coefficient is
 * not estimated), stop when |dev − dev_old| / (|dev| + 0.1) &lt; 1e-8 or after 25 iterations. The
 * covariance is (X'WX)⁻¹ with the weights of the last iteration, as {@code summary.glm} reports it.
 */
final class PoissonGlm {
  static final double EPSILON = 1e-8;
  static final int MAX_ITERATIONS = 25;
  static final double QR_TOLERANCE = 1e-11;

  private PoissonGlm() {}

  /** The outcome of one fit. Arrays are indexed by the columns of the design given (intercept first). */
  record Fit(double[] coefficients, boolean[] estimated, int rank, double deviance, double aic,
      double[] fitted, double[][] covariance, boolean converged, int iterations, int observations,
      List<String> warnings) {
    int dfResidual() {
      return observations - rank;
    }
  }

  /**
   * Fits y ~ x (x holds every column, the intercept column included) with an offset.
   *
   * @param y counts (may be non-integer, as in the profile likelihood)
   * @param x design, x[row][column]
   * @param offset offset per row, or null
   */
  static Fit fit(double[] y, double[][] x, double[] offset) {
    int n = y.length;
    int p = x.length == 0 ? 0 : x[0].length;
    double[] off = offset == null ? new double[n] : offset;
    double[] eta = new double[n];
    double[] mu = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = y[i] + 0.1;
      eta[i] = Math.log(mu[i]);
    }
    double devOld = deviance(y, mu);
    boolean converged = false;
    double[] coef = new double[p];
    double[] coefOld = null;
    Qr qr = null;
    int iter = 0;
    double dev = devOld;
    List<String> warnings = new ArrayList<>();
    for (iter = 1; iter <= MAX_ITERATIONS; iter++) {
      double[] z = new double[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        z[i] = (eta[i] - off[i]) + (y[i] - mu[i]) / mu[i];
        w[i] = Math.sqrt(mu[i]);
      }
      qr = Qr.decompose(x, w, QR_TOLERANCE);
      double[] zw = new double[n];
      for (int i = 0; i < n; i++) {
        zw[i] = z[i] * w[i];
      }
      coef = qr.solve(zw);
      linearPredictor(x, coef, off, eta);
      for (int i = 0; i < n; i++) {
        mu[i] = Math.exp(eta[i]);
      }
      dev = deviance(y, mu);
      int halvings = 0;
      while (!Double.isFinite(dev) || !validMu(mu)) {
        if (coefOld == null) {
          throw new ArithmeticException(
              "the Poisson fit found no valid set of coefficients: the fitted counts overflowed at the first step");
        }
        if (++halvings > 30) {
          throw new ArithmeticException("the Poisson fit could not reduce the step to finite fitted counts");
        }
        for (int j = 0; j < p; j++) {
          coef[j] = 0.5 * (coef[j] + coefOld[j]);
        }
        linearPredictor(x, coef, off, eta);
        for (int i = 0; i < n; i++) {
          mu[i] = Math.exp(eta[i]);
        }
        dev = deviance(y, mu);
      }
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        converged = true;
        break;
      }
      devOld = dev;
      coefOld = coef.clone();
    }
    if (!converged) {
      iter = MAX_ITERATIONS;
      warnings.add("glm.fit: algorithm did not converge");
    }
    for (double m : mu) {
      if (m < 10 * Math.ulp(1.0)) {
        warnings.add("glm.fit: fitted rates numerically 0 occurred");
        break;
      }
    }
    boolean[] estimated = qr.estimated();
    double[] coefficients = coef.clone();
    for (int j = 0; j < p; j++) {
      if (!estimated[j]) {
        coefficients[j] = Double.NaN;
      }
    }
    if (qr.rank() < p) {
      warnings.add("glm: design matrix not of full rank" + (n < p ? " (fewer rows than columns)" : ""));
    }
    double aic = 0;
    for (int i = 0; i < n; i++) {
      aic += -2 * SpecialFunctions.logPoisson(y[i], mu[i]);
    }
    aic += 2 * qr.rank();
    return new Fit(coefficients, estimated, qr.rank(), dev, aic, mu, qr.covariance(), converged, iter, n,
        List.copyOf(warnings));
  }

  private static boolean validMu(double[] mu) {
    for (double m : mu) {
      if (!(m > 0) || !Double.isFinite(m)) {
        return false;
      }
    }
    return true;
  }

  private static void linearPredictor(double[][] x, double[] coef, double[] off, double[] eta) {
    for (int i = 0; i < x.length; i++) {
      double s = off[i];
      double[] row = x[i];
      for (int j = 0; j < coef.length; j++) {
        s += row[j] * coef[j];
      }
      eta[i] = s;
    }
  }

  /** Poisson deviance, 2 Σ [y log(y/μ) − (y − μ)], with 0 log 0 = 0. */
  static double deviance(double[] y, double[] mu) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      double yi = y[i];
      d += 2 * ((yi > 0 ? yi * Math.log(yi / mu[i]) : 0) - (yi - mu[i]));
    }
    return d;
  }

  /** Householder QR of diag(w)·x with dqrdc2's limited pivoting; unestimated coefficients are 0. */
  static final class Qr {
    private final double[][] a; // n x p working copy, columns in pivoted order
    private final int[] pivot;
    private final double[] beta;
    private final int rank;
    private final int n;
    private final int p;

    private Qr(double[][] a, int[] pivot, double[] beta, int rank) {
      this.a = a;
      this.pivot = pivot;
      this.beta = beta;
      this.rank = rank;
      this.n = a.length;
      this.p = pivot.length;
    }

    static Qr decompose(double[][] x, double[] w, double tol) {
      int n = x.length;
      int p = n == 0 ? 0 : x[0].length;
      // column-major working copy
      double[][] cols = new double[p][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < p; j++) {
          cols[j][i] = x[i][j] * w[i];
        }
      }
      int[] pivot = new int[p];
      double[] original = new double[p];
      for (int j = 0; j < p; j++) {
        pivot[j] = j;
        double nrm = norm(cols[j], 0);
        original[j] = nrm == 0 ? 1 : nrm;
      }
      double[] beta = new double[p];
      int lup = Math.min(n, p);
      int k = p; // columns [k, p) have been moved to the end as negligible
      for (int l = 0; l < lup; l++) {
        while (l < k && norm(cols[l], l) < original[l] * tol) {
          // move column l to the end
          double[] c = cols[l];
          int pv = pivot[l];
          double o = original[l];
          for (int j = l; j < p - 1; j++) {
            cols[j] = cols[j + 1];
            pivot[j] = pivot[j + 1];
            original[j] = original[j + 1];
          }
          cols[p - 1] = c;
          pivot[p - 1] = pv;
          original[p - 1] = o;
          k--;
        }
        if (l >= k || l == n - 1) {
          continue;
        }
        // Householder vector for cols[l][l..n)
        double[] v = cols[l];
        double nrmxl = norm(v, l);
        if (nrmxl == 0) {
          continue;
        }
        if (v[l] != 0) {
          nrmxl = Math.copySign(nrmxl, v[l]);
        }
        for (int i = l; i < n; i++) {
          v[i] /= nrmxl;
        }
        v[l] += 1;
        for (int j = l + 1; j < p; j++) {
          double[] cj = cols[j];
          double t = 0;
          for (int i = l; i < n; i++) {
            t -= v[i] * cj[i];
          }
          t /= v[l];
          for (int i = l; i < n; i++) {
            cj[i] += t * v[i];
          }
        }
        beta[l] = v[l];
        v[l] = -nrmxl;
      }
      int rank = Math.min(k, n);
      // store row-major for clarity: a[i][j] = cols[j][i]
      double[][] a = new double[n][p];
      for (int j = 0; j < p; j++) {
        for (int i = 0; i < n; i++) {
          a[i][j] = cols[j][i];
        }
      }
      return new Qr(a, pivot, beta, rank);
    }

    private static double norm(double[] c, int from) {
      double scale = 0;
      for (int i = from; i < c.length; i++) {
        scale = Math.max(scale, Math.abs(c[i]));
      }
      if (scale == 0) {
        return 0;
      }
      double s = 0;
      for (int i = from; i < c.length; i++) {
        double q = c[i] / scale;
        s += q * q;
      }
      return scale * Math.sqrt(s);
    }

    int rank() {
      return rank;
    }

    boolean[] estimated() {
      boolean[] e = new boolean[p];
      for (int j = 0; j < rank; j++) {
        e[pivot[j]] = true;
      }
      return e;
    }

    /** Least-squares coefficients for response b (already weighted), in the original column order. */
    double[] solve(double[] b) {
      double[] qtb = b.clone();
      for (int l = 0; l < Math.min(rank, n - 1); l++) {
        if (beta[l] == 0) {
          continue;
        }
        // reconstruct v: v[l] = beta[l], v[i>l] = a[i][l]
        double t = -beta[l] * qtb[l];
        for (int i = l + 1; i < n; i++) {
          t -= a[i][l] * qtb[i];
        }
        t /= beta[l];
        qtb[l] += t * beta[l];
        for (int i = l + 1; i < n; i++) {
          qtb[i] += t * a[i][l];
        }
      }
      double[] coefPivoted = new double[rank];
      for (int j = rank - 1; j >= 0; j--) {
        double s = qtb[j];
        for (int m = j + 1; m < rank; m++) {
          s -= a[j][m] * coefPivoted[m];
        }
        coefPivoted[j] = s / a[j][j];
      }
      double[] coef = new double[p];
      for (int j = 0; j < rank; j++) {
        coef[pivot[j]] = coefPivoted[j];
      }
      return coef;
    }

    /** (R'R)⁻¹ for the estimated columns, NaN elsewhere, in the original column order. */
    double[][] covariance() {
      double[][] rinv = new double[rank][rank];
      for (int j = 0; j < rank; j++) {
        rinv[j][j] = 1 / a[j][j];
        for (int i = j - 1; i >= 0; i--) {
          double s = 0;
          for (int m = i + 1; m <= j; m++) {
            s += a[i][m] * rinv[m][j];
          }
          rinv[i][j] = -s / a[i][i];
        }
      }
      double[][] cov = new double[p][p];
      for (double[] row : cov) {
        java.util.Arrays.fill(row, Double.NaN);
      }
      for (int i = 0; i < rank; i++) {
        for (int j = 0; j < rank; j++) {
          double s = 0;
          for (int m = Math.max(i, j); m < rank; m++) {
            s += rinv[i][m] * rinv[j][m];
          }
          cov[pivot[i]][pivot[j]] = s;
        }
      }
      return cov;
    }
  }
}
