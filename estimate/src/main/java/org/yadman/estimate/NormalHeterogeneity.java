package org.yadman.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rcapture's normal heterogeneity model (Rivest 2011): log-linear terms plus a normal random effect
 * on the log odds of capture, integrated by 20-point Gauss–Hermite quadrature; fitted by minimising
 * the Poisson deviance with BFGS from the Darroch model's coefficients and σ = 0.2, as
 * {@code optim(method = "BFGS", hessian = TRUE)} does (finite-difference gradient and Hessian with
 * steps of 1e-3). N̂ = n + exp(β₀), its standard error from the inverse Hessian of the deviance, and
 * Chao's (1987) log-normal interval, all as Rcapture computes them.
 */
final class NormalHeterogeneity {
  private NormalHeterogeneity() {}

  // Abramowitz and Stegun (1972), p. 924, as Rcapture lists them
  private static final double[] X = {-5.38748089001, -4.60368244955, -3.94476404012, -3.34785456738, -2.78880605843,
      -2.25497400209, -1.73853771212, -1.2340762154, -0.737473728545, -0.245340708301, 0.245340708301,
      0.737473728545, 1.2340762154, 1.73853771212, 2.25497400209, 2.78880605843, 3.34785456738, 3.94476404012,
      4.60368244955, 5.38748089001};
  private static final double[] W = {2.22939364554E-013, 4.39934099226E-010, 1.08606937077E-007, 7.8025564785E-006,
      0.000228338636017, 0.00324377334224, 0.0248105208875, 0.10901720602, 0.286675505363, 0.462243669601,
      0.462243669601, 0.286675505363, 0.10901720602, 0.0248105208875, 0.00324377334224, 0.000228338636017,
      7.8025564785E-006, 1.08606937077E-007, 4.39934099226E-010, 2.22939364554E-013};

  record Fit(double[] par, double deviance, double[][] hessian, double[] mu, boolean converged) {}

  /** Fitted means for parameters (intercept, one per design column, σ). */
  static double[] mu(double[] par, double[][] x, int[] nbcap, double[] offset) {
    int rows = x.length;
    int p = x[0].length;
    double sig = par[p + 1];
    int t = 0;
    for (int c : nbcap) {
      t = Math.max(t, c);
    }
    double[] lin = new double[rows];
    for (int r = 0; r < rows; r++) {
      double s = par[0] + (offset == null ? 0 : offset[r]);
      for (int j = 0; j < p; j++) {
        s += x[r][j] * par[j + 1];
      }
      lin[r] = s;
    }
    double e0 = Math.exp(par[0]);
    double[] c = new double[20];
    for (int i = 0; i < 20; i++) {
      double s = 0;
      double z = X[i] * Math.sqrt(2) * sig;
      for (int r = 0; r < rows; r++) {
        s += Math.exp(lin[r] + nbcap[r] * z);
      }
      c[i] = e0 / (e0 + s);
    }
    double[] phi = new double[t + 1];
    double den = 0;
    for (int i = 0; i < 20; i++) {
      den += W[i] * c[i];
    }
    for (int k = 1; k <= t; k++) {
      double num = 0;
      for (int i = 0; i < 20; i++) {
        num += W[i] * Math.exp(k * Math.sqrt(2) * sig * X[i]) * c[i];
      }
      phi[k] = Math.log(num / den);
    }
    double[] mu = new double[rows];
    for (int r = 0; r < rows; r++) {
      mu[r] = Math.exp(lin[r] + phi[nbcap[r]]);
    }
    return mu;
  }

  static double deviance(double[] par, double[] y, double[][] x, int[] nbcap, double[] offset) {
    return PoissonGlm.deviance(y, mu(par, x, nbcap, offset));
  }

  static Fit fit(double[] y, double[][] x, int[] nbcap, double[] offset, double[] start) {
    java.util.function.ToDoubleFunction<double[]> f = par -> deviance(par, y, x, nbcap, offset);
    Bfgs.Result r = Bfgs.minimize(f, start);
    double[][] h = Bfgs.hessian(f, r.par());
    return new Fit(r.par(), r.value(), h, mu(r.par(), x, nbcap, offset), r.converged());
  }

  /**
   * The normal heterogeneity model, as Rcapture's closedp.fitone: start from the Darroch model's
   * log-linear coefficients and σ = 0.2, minimise the deviance by BFGS, take the covariance as the
   * inverse of the deviance's numerical Hessian, and count every parameter (σ included) in AIC and BIC.
   */
  static LogLinear.Fitted fitModel(CellData d, String name, Design design) {
    int p = design.columns();
    double[][] xd = new double[d.rows][p + 1];
    for (int r = 0; r < d.rows; r++) {
      System.arraycopy(design.x()[r], 0, xd[r], 0, p);
      xd[r][p] = d.nbcap[r] * (double) d.nbcap[r] / 2;
    }
    PoissonGlm.Fit darroch = PoissonGlm.fit(d.y, new Design(List.of(), xd, 0).withInterceptRaw(), d.offset);
    double[] start = new double[p + 2];
    for (int j = 0; j <= p; j++) {
      start[j] = darroch.coefficients()[j];
      if (Double.isNaN(start[j])) {
        throw new ArithmeticException("the Darroch model that gives starting values is rank deficient");
      }
    }
    start[p + 1] = 0.2;
    Fit nf = fit(d.y, design.x(), d.nbcap, d.offset, start);
    double[] par = nf.par();
    double[][] v = invert(nf.hessian());
    double e0 = Math.exp(par[0]);
    double abundance = d.n + e0;
    double stderr = Math.sqrt(e0 + e0 * e0 * v[0][0]);
    double ll = 0;
    for (int r = 0; r < d.rows; r++) {
      ll += SpecialFunctions.logPoisson(d.y[r], nf.mu()[r]);
    }
    int k = par.length;
    double aic = -2 * ll + 2 * k;
    double bic = -2 * ll + Math.log(d.n) * k;
    List<String> warnings = new ArrayList<>();
    if (!nf.converged()) {
      warnings.add("optim: algorithm did not converge");
    }
    if (par[p + 1] <= 0) {
      warnings.add("the sigma estimate is non-positive, it seems there is no heterogeneous catchability in the data");
    }
    LogLinear.advise(d, abundance, stderr, warnings);
    List<LogLinearFit.Coefficient> coefs = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      String nm = c == 0 ? "Intercept" : c <= p ? design.names().get(c - 1) : "sigma";
      coefs.add(new LogLinearFit.Coefficient(nm, par[c], Math.sqrt(v[c][c])));
    }
    LogLinearFit r = new LogLinearFit(name, d.n, abundance, stderr, nf.deviance(), d.rows - k, aic, bic, Double.NaN,
        nf.converged(), coefs, Map.of(), warnings);
    return new LogLinear.Fitted(r, design, null);
  }

  static double[][] invert(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
          piv = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[piv];
      m[piv] = tmp;
      double d = m[col][col];
      if (d == 0) {
        throw new ArithmeticException("the Hessian is singular");
      }
      for (int j = 0; j < 2 * n; j++) {
        m[col][j] /= d;
      }
      for (int r = 0; r < n; r++) {
        if (r != col && m[r][col] != 0) {
          double f = m[r][col];
          for (int j = 0; j < 2 * n; j++) {
            m[r][j] -= f * m[col][j];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inv[i], 0, n);
    }
    return inv;
  }

}
