package org.yadman.estimate;

/**
 * A small, fast, reproducible random source for the samplers: xoshiro256++ (Blackman and Vigna 2019)
 * seeded through SplitMix64, with the variate generators LCMCR needs — gamma (Marsaglia and Tsang
 * 2000), beta (as a gamma ratio), binomial (inversion for small means, BTRD of Hörmann 1993
 * otherwise), Poisson (inversion for small means, PTRS of Hörmann 1993 otherwise) and multinomial
 * (sequential conditional binomials, as GSL). Not thread-safe: one per chain.
 */
final class Rng {
  private long s0;
  private long s1;
  private long s2;
  private long s3;

  Rng(long seed) {
    long x = seed;
    s0 = splitMix(x += 0x9E3779B97F4A7C15L);
    s1 = splitMix(x += 0x9E3779B97F4A7C15L);
    s2 = splitMix(x += 0x9E3779B97F4A7C15L);
    s3 = splitMix(x += 0x9E3779B97F4A7C15L);
  }

  /** An independent stream for chain {@code index} of a run seeded with {@code seed}. */
  static Rng forChain(long seed, int index) {
    return new Rng(splitMix(seed ^ splitMix(0xC0FFEEL + index)) + index);
  }

  private static long splitMix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    long result = Long.rotateLeft(s0 + s3, 23) + s0;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Uniform on [0, 1). */
  double uniform() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform on (0, 1). */
  double uniformPos() {
    double u;
    do {
      u = uniform();
    } while (u == 0);
    return u;
  }

  // Ziggurat tables (Marsaglia and Tsang 2000), 128 layers, as in their RNOR.
  private static final int ZIG_N = 128;
  private static final double ZIG_R = 3.442619855899;
  private static final double ZIG_V = 9.91256303526217e-3;
  private static final long[] KN = new long[ZIG_N];
  private static final double[] WN = new double[ZIG_N];
  private static final double[] FN = new double[ZIG_N];

  static {
    double m1 = 2147483648.0;
    double dn = ZIG_R;
    double tn = dn;
    double q = ZIG_V / Math.exp(-0.5 * dn * dn);
    KN[0] = (long) ((dn / q) * m1);
    KN[1] = 0;
    WN[0] = q / m1;
    WN[ZIG_N - 1] = dn / m1;
    FN[0] = 1.0;
    FN[ZIG_N - 1] = Math.exp(-0.5 * dn * dn);
    for (int i = ZIG_N - 2; i >= 1; i--) {
      dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
      KN[i + 1] = (long) ((dn / tn) * m1);
      tn = dn;
      FN[i] = Math.exp(-0.5 * dn * dn);
      WN[i] = dn / m1;
    }
  }

  /** A standard normal variate by the ziggurat method. */
  double normal() {
    while (true) {
      long bits = nextLong();
      int hz = (int) bits; // signed 32-bit
      int iz = (int) ((bits >>> 32) & (ZIG_N - 1));
      if (Math.abs((long) hz) < KN[iz]) {
        return hz * WN[iz];
      }
      double x = hz * WN[iz];
      if (iz == 0) {
        // the tail beyond R
        double y;
        do {
          x = -Math.log(uniformPos()) / ZIG_R;
          y = -Math.log(uniformPos());
        } while (y + y < x * x);
        return hz > 0 ? ZIG_R + x : -ZIG_R - x;
      }
      if (FN[iz] + uniform() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
    }
  }

  /** Gamma(shape, scale 1). */
  double gamma(double shape) {
    if (shape == 1) {
      return -Math.log(uniformPos());
    }
    if (shape <= 6 && shape == Math.rint(shape)) {
      // a sum of exponentials: −log of a product of uniforms
      double prod = uniformPos();
      for (int i = 1; i < (int) shape; i++) {
        prod *= uniformPos();
      }
      return -Math.log(prod);
    }
    if (shape < 1) {
      return gamma(shape + 1) * Math.pow(uniformPos(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = uniformPos();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /** log of a Gamma(shape, 1) variate, stable for small shapes (Robert and Casella 2004, p. 45). */
  double logGamma(double shape) {
    if (shape < 0.5) {
      return Math.log(uniformPos()) / shape + Math.log(gamma(1 + shape));
    }
    return Math.log(gamma(shape));
  }

  /** Beta(a, b). */
  double beta(double a, double b) {
    if (a == 1 && b == 1) {
      return uniform();
    }
    if (a == 1) {
      double t = Math.log(uniformPos()) / b; // Beta(1, b) = 1 − U^(1/b)
      return t > -1e-5 ? -t * (1 + 0.5 * t) : 1 - Math.exp(t);
    }
    if (b == 1) {
      return Math.exp(Math.log(uniformPos()) / a);
    }
    double x = gamma(a);
    double y = gamma(b);
    return x / (x + y);
  }

  /** Poisson(mean). */
  long poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean < 10) {
      double l = Math.exp(-mean);
      long k = 0;
      double p = uniform();
      double cum = l;
      double term = l;
      while (p > cum) {
        k++;
        term *= mean / k;
        cum += term;
        if (term == 0 && cum < p) {
          break;
        }
      }
      return k;
    }
    double slam = Math.sqrt(mean);
    double loglam = Math.log(mean);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = uniform() - 0.5;
      double v = uniform();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
          <= -mean + k * loglam - SpecialFunctions.logGamma(k + 1)) {
        return k;
      }
    }
  }

  /** Negative binomial: failures before {@code successes} successes with success probability p (as GSL). */
  long negativeBinomial(double p, double successes) {
    double x = gamma(successes) * (1 - p) / p;
    return poisson(x);
  }

  /** Binomial(n, p). */
  int binomial(int n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (p > 0.5) {
      return n - binomial(n, 1 - p);
    }
    if (n * p < 10) {
      return binomialInversion(n, p);
    }
    return btrd(n, p);
  }

  private static final double[] INV = new double[64];

  static {
    for (int i = 1; i < INV.length; i++) {
      INV[i] = 1.0 / i;
    }
  }

  /** Inversion from 0 upwards, for n·p &lt; 10 (p ≤ ½), so at most a few dozen steps. */
  private int binomialInversion(int n, double p) {
    double q = 1 - p;
    double s = p / q;
    double a = (n + 1) * s;
    double r0 = Math.pow(q, n);
    while (true) {
      double u = uniform();
      double r = r0;
      int x = 0;
      while (u > r) {
        u -= r;
        x++;
        if (x > n || r == 0) {
          break;
        }
        r *= a * (x < INV.length ? INV[x] : 1.0 / x) - s;
      }
      if (x <= n && u <= r) {
        return x;
      }
      // rounding left the tail unreached: draw again
    }
  }

  private static final double[] FC = {
      0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
      0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733,
      0.008330563433362871};

  /** Stirling series correction: log k! − [(k + ½) log(k + 1) − (k + 1) + ½ log 2π]. */
  private static double fc(int k) {
    if (k < 10) {
      return FC[k];
    }
    double r = 1.0 / (k + 1);
    double r2 = r * r;
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 * r2) * r2) * r;
  }

  /** Hörmann's BTRD for n·p ≥ 10, p ≤ ½. */
  private int btrd(int n, double p) {
    double q = 1 - p;
    int m = (int) Math.floor((n + 1) * p);
    double r = p / q;
    double nr = (n + 1) * r;
    double npq = n * p * q;
    double sqrtNpq = Math.sqrt(npq);
    double b = 1.15 + 2.53 * sqrtNpq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double alpha = (2.83 + 5.1 / b) * sqrtNpq;
    double vR = 0.92 - 4.2 / b;
    double urvr = 0.86 * vR;
    while (true) {
      double v = uniform();
      double u;
      if (v <= urvr) {
        u = v / vR - 0.43;
        return (int) Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
      }
      if (v >= vR) {
        u = uniform() - 0.5;
      } else {
        u = v / vR - 0.93;
        u = Math.signum(u) * 0.5 - u;
        v = uniform() * vR;
      }
      double us = 0.5 - Math.abs(u);
      int k = (int) Math.floor((2 * a / us + b) * u + c);
      if (k < 0 || k > n) {
        continue;
      }
      v = v * alpha / (a / (us * us) + b);
      int km = Math.abs(k - m);
      if (km <= 15) {
        double f = 1;
        if (m < k) {
          for (int i = m + 1; i <= k; i++) {
            f *= nr / i - r;
          }
        } else if (m > k) {
          for (int i = k + 1; i <= m; i++) {
            v *= nr / i - r;
          }
        }
        if (v <= f) {
          return k;
        }
        continue;
      }
      v = Math.log(v);
      double rho = (km / npq) * (((km / 3.0 + 0.625) * km + 1.0 / 6) / npq + 0.5);
      double t = -km * (double) km / (2 * npq);
      if (v < t - rho) {
        return k;
      }
      if (v > t + rho) {
        continue;
      }
      int nm = n - m + 1;
      double h = (m + 0.5) * Math.log((m + 1) / (r * nm)) + fc(m) + fc(n - m);
      int nk = n - k + 1;
      if (v <= h + (n + 1) * Math.log((double) nm / nk) + (k + 0.5) * Math.log(nk * r / (k + 1)) - fc(k)
          - fc(n - k)) {
        return k;
      }
    }
  }

  /** Multinomial(n, p[0..k)) into out, p unnormalised, by conditional binomials. */
  void multinomial(int n, double[] p, int k, int[] out) {
    double norm = 0;
    for (int i = 0; i < k; i++) {
      norm += p[i];
    }
    double sumP = 0;
    int sumN = 0;
    for (int i = 0; i < k; i++) {
      if (p[i] > 0 && sumN < n) {
        double cond = p[i] / (norm - sumP);
        out[i] = cond >= 1 ? n - sumN : binomial(n - sumN, cond);
      } else {
        out[i] = 0;
      }
      sumP += p[i];
      sumN += out[i];
    }
  }

  /** One draw from the categorical distribution p[0..k) (unnormalised), as LCMCR's dan_multinomial_1. */
  int categorical(double[] p, int k) {
    double norm = 0;
    for (int i = 0; i < k; i++) {
      norm += p[i];
    }
    double u = uniform() * norm;
    double cum = 0;
    for (int i = 0; i < k - 1; i++) {
      cum += p[i];
      if (u < cum) {
        return i;
      }
    }
    return k - 1;
  }
}
