package org.yadman.estimate;

import java.util.function.ToDoubleFunction;

/**
 * R's {@code optim(method = "BFGS")} (Nash's variable metric algorithm, vmmin) with its defaults:
 * central-difference gradient with step 1e-3, relative tolerance √ε ≈ 1.5e-8, at most 100 iterations; and
 * optim's Hessian by central differences of that gradient.
 */
final class Bfgs {
  private Bfgs() {}

  static final double NDEPS = 1e-3;

  record Result(double[] par, double value, boolean converged) {}

  static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    int n = x.length;
    double[] g = new double[n];
    double[] y = x.clone();
    for (int i = 0; i < n; i++) {
      double eps = NDEPS;
      y[i] = x[i] + eps;
      double v1 = f.applyAsDouble(y);
      y[i] = x[i] - eps;
      double v2 = f.applyAsDouble(y);
      g[i] = (v1 - v2) / (2 * eps);
      y[i] = x[i];
    }
    return g;
  }

  static double[][] hessian(ToDoubleFunction<double[]> f, double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    double[] y = x.clone();
    for (int i = 0; i < n; i++) {
      double eps = NDEPS;
      y[i] = x[i] + eps;
      double[] g1 = gradient(f, y);
      y[i] = x[i] - eps;
      double[] g2 = gradient(f, y);
      for (int j = 0; j < n; j++) {
        h[i][j] = (g1[j] - g2[j]) / (2 * eps);
      }
      y[i] = x[i];
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = m;
        h[j][i] = m;
      }
    }
    return h;
  }

  /** vmmin as in R's src/appl/optim.c (all parameters free, fnscale = parscale = 1). */
  static Result minimize(ToDoubleFunction<double[]> fn, double[] b0) {
    final double stepredn = 0.2;
    final double acctol = 0.0001;
    final double reltest = 10.0;
    final int maxit = 100;
    final double abstol = Double.NEGATIVE_INFINITY;
    final double reltol = 1.490116119384765625e-8; // sqrt(.Machine$double.eps)
    int n = b0.length;
    double[] b = b0.clone();
    double f = fn.applyAsDouble(b);
    if (!Double.isFinite(f)) {
      throw new ArithmeticException("initial value in 'vmmin' is not finite");
    }
    double fmin = f;
    double[] g = gradient(fn, b);
    double[][] bm = new double[n][n];
    double[] t = new double[n];
    double[] x = new double[n];
    double[] c = new double[n];
    int iter = 1;
    int gradcount = 1;
    int ilast = gradcount;
    int count;
    do {
      if (ilast == gradcount) {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < i; j++) {
            bm[i][j] = 0;
          }
          bm[i][i] = 1;
        }
      }
      for (int i = 0; i < n; i++) {
        x[i] = b[i];
        c[i] = g[i];
      }
      double gradproj = 0;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j <= i; j++) {
          s -= bm[i][j] * g[j];
        }
        for (int j = i + 1; j < n; j++) {
          s -= bm[j][i] * g[j];
        }
        t[i] = s;
        gradproj += s * g[i];
      }
      if (gradproj < 0) {
        double steplength = 1.0;
        boolean accpoint = false;
        do {
          count = 0;
          for (int i = 0; i < n; i++) {
            b[i] = x[i] + steplength * t[i];
            if (reltest + x[i] == reltest + b[i]) {
              count++;
            }
          }
          if (count < n) {
            f = fn.applyAsDouble(b);
            accpoint = Double.isFinite(f) && (f <= fmin + gradproj * steplength * acctol);
            if (!accpoint) {
              steplength *= stepredn;
            }
          }
        } while (!(count == n || accpoint));
        boolean enough = (f > abstol) && Math.abs(f - fmin) > reltol * (Math.abs(fmin) + reltol);
        if (!enough) {
          count = n;
          fmin = f;
        }
        if (count < n) {
          fmin = f;
          g = gradient(fn, b);
          gradcount++;
          iter++;
          double d1 = 0;
          for (int i = 0; i < n; i++) {
            t[i] = steplength * t[i];
            c[i] = g[i] - c[i];
            d1 += t[i] * c[i];
          }
          if (d1 > 0) {
            double d2 = 0;
            for (int i = 0; i < n; i++) {
              double s = 0;
              for (int j = 0; j <= i; j++) {
                s += bm[i][j] * c[j];
              }
              for (int j = i + 1; j < n; j++) {
                s += bm[j][i] * c[j];
              }
              x[i] = s;
              d2 += s * c[i];
            }
            d2 = 1.0 + d2 / d1;
            for (int i = 0; i < n; i++) {
              for (int j = 0; j <= i; j++) {
                bm[i][j] += (d2 * t[i] * t[j] - x[i] * t[j] - t[i] * x[j]) / d1;
              }
            }
          } else {
            ilast = gradcount;
          }
        } else {
          if (ilast < gradcount) {
            count = 0;
            ilast = gradcount;
          }
        }
      } else {
        count = 0;
        if (ilast == gradcount) {
          count = n;
        } else {
          ilast = gradcount;
        }
      }
      if (iter >= maxit) {
        break;
      }
      if (gradcount - ilast > 2 * n) {
        ilast = gradcount;
      }
    } while (count != n || ilast != gradcount);
    return new Result(b, fmin, iter < maxit);
  }
}
