package org.yadman.estimate;

import java.util.function.DoubleUnaryOperator;

/** Brent's one-dimensional maximiser and root finder (the algorithms of R's optimize and uniroot). */
final class Optimize {
  private Optimize() {}

  /** Brent's golden-section/parabolic search for the maximum of f on [a, b]. */
  static double maximize(DoubleUnaryOperator f, double a, double b, double tol) {
    final double c = (3 - Math.sqrt(5)) * 0.5;
    double eps = Math.sqrt(Math.ulp(1.0));
    double v = a + c * (b - a);
    double w = v;
    double x = v;
    double d = 0;
    double e = 0;
    double fx = -f.applyAsDouble(x);
    double fv = fx;
    double fw = fx;
    double tol3 = tol / 3;
    for (int iter = 0; iter < 500; iter++) {
      double xm = (a + b) * 0.5;
      double tol1 = eps * Math.abs(x) + tol3;
      double t2 = tol1 * 2;
      if (Math.abs(x - xm) <= t2 - (b - a) * 0.5) {
        break;
      }
      double p = 0;
      double q = 0;
      double r = 0;
      if (Math.abs(e) > tol1) {
        r = (x - w) * (fx - fv);
        q = (x - v) * (fx - fw);
        p = (x - v) * q - (x - w) * r;
        q = (q - r) * 2;
        if (q > 0) {
          p = -p;
        } else {
          q = -q;
        }
        r = e;
        e = d;
      }
      if (Math.abs(p) >= Math.abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
        e = x < xm ? b - x : a - x;
        d = c * e;
      } else {
        d = p / q;
        double u = x + d;
        if (u - a < t2 || b - u < t2) {
          d = x < xm ? tol1 : -tol1;
        }
      }
      double u = Math.abs(d) >= tol1 ? x + d : (d > 0 ? x + tol1 : x - tol1);
      double fu = -f.applyAsDouble(u);
      if (fu <= fx) {
        if (u < x) {
          b = x;
        } else {
          a = x;
        }
        v = w;
        fv = fw;
        w = x;
        fw = fx;
        x = u;
        fx = fu;
      } else {
        if (u < x) {
          a = u;
        } else {
          b = u;
        }
        if (fu <= fw || w == x) {
          v = w;
          fv = fw;
          w = u;
          fw = fu;
        } else if (fu <= fv || v == x || v == w) {
          v = u;
          fv = fu;
        }
      }
    }
    return x;
  }

  /** Brent's zeroin on [a, b]; NaN when f(a) and f(b) have the same sign (R's uniroot would fail). */
  static double root(DoubleUnaryOperator f, double a, double b, double tol) {
    double fa = f.applyAsDouble(a);
    double fb = f.applyAsDouble(b);
    if (fa == 0) {
      return a;
    }
    if (fb == 0) {
      return b;
    }
    if (fa * fb > 0 || Double.isNaN(fa) || Double.isNaN(fb)) {
      return Double.NaN;
    }
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int iter = 0; iter < 1000; iter++) {
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tol1 = 2 * Math.ulp(1.0) * Math.abs(b) + 0.5 * tol;
      double m = 0.5 * (c - b);
      if (Math.abs(m) <= tol1 || fb == 0) {
        return b;
      }
      if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
        double s = fb / fa;
        double p;
        double q;
        if (a == c) {
          p = 2 * m * s;
          q = 1 - s;
        } else {
          double qq = fa / fc;
          double r = fb / fc;
          p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
          q = (qq - 1) * (r - 1) * (s - 1);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (2 * p < Math.min(3 * m * q - Math.abs(tol1 * q), Math.abs(e * q))) {
          e = d;
          d = p / q;
        } else {
          d = m;
          e = m;
        }
      } else {
        d = m;
        e = m;
      }
      a = b;
      fa = fb;
      b += Math.abs(d) > tol1 ? d : (m > 0 ? tol1 : -tol1);
      fb = f.applyAsDouble(b);
      if ((fb > 0) == (fc > 0)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
    }
    return b;
  }
}
