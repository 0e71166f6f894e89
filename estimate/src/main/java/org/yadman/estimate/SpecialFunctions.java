package org.yadman.estimate;

/** Log-gamma, normal quantiles and friends, in plain Java (package-private). */
final class SpecialFunctions {
  private SpecialFunctions() {}

  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  /** log Γ(x) for x &gt; 0, accurate to about 1e-15 relative (shift to x ≥ 15, then Stirling). */
  static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0; got " + x);
    }
    double shift = 0;
    while (x < 15) {
      shift += Math.log(x);
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
        - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360 - inv2 / 156))))));
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
  }

  /** log of the Poisson probability of y (an integer-valued double) at mean mu, as R's dpois(log=TRUE). */
  static double logPoisson(double y, double mu) {
    if (y == 0) {
      return -mu;
    }
    return y * Math.log(mu) - mu - logGamma(y + 1);
  }

  /** Standard normal upper tail Q(x) = 1 − Φ(x), by erfc. */
  static double normalUpper(double x) {
    return 0.5 * erfc(x / Math.sqrt(2));
  }

  /** erfc by series (|x| &lt; 2.5) or continued fraction, about 1e-15 relative. */
  static double erfc(double x) {
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 2.5) {
      // erf by Taylor series
      double sum = x;
      double term = x;
      double x2 = x * x;
      for (int n = 1; n < 200; n++) {
        term *= -x2 / n;
        double add = term / (2 * n + 1);
        sum += add;
        if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
          break;
        }
      }
      return 1 - 2 / Math.sqrt(Math.PI) * sum;
    }
    // Lentz continued fraction for erfc
    double tiny = 1e-300;
    double b = x * x + 0.5;
    double f = b;
    double c = b;
    double d = 0;
    // erfc(x) = exp(-x^2)/sqrt(pi) * x / (x^2 + 1/2 - (1*2/4)/(x^2 + 5/2 - (3*4/4)/(x^2 + 9/2 - ...)))
    for (int n = 1; n < 500; n++) {
      double a = -n * (2.0 * n - 1) / 2.0;
      double bn = x * x + 0.5 + 2 * n;
      d = bn + a * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = bn + a / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) * x / f;
  }

  /** The standard normal quantile, by bisection then Newton on {@link #normalUpper}. */
  static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a probability must be in (0, 1); got " + p);
    }
    double lo = -40;
    double hi = 40;
    for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
      double mid = 0.5 * (lo + hi);
      if (1 - normalUpper(mid) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double x = 0.5 * (lo + hi);
    for (int i = 0; i < 3; i++) {
      double f = (p < 0.5) ? (1 - normalUpper(x)) - p : (1 - p) - normalUpper(x);
      double dens = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
      if (dens == 0) {
        break;
      }
      x -= f / dens;
    }
    return x;
  }

  /** The 1 − alpha quantile of χ² with one degree of freedom. */
  static double chiSquare1Quantile(double oneMinusAlpha) {
    double z = normalQuantile(0.5 + oneMinusAlpha / 2);
    return z * z;
  }
}
