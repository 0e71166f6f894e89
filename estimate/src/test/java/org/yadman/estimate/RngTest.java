package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sample moments of the variate generators against their distributions (≈ 5 standard errors). */
class RngTest {
  static final int N = 200_000;

  @ParameterizedTest(name = "binomial({0}, {1})")
  @CsvSource({"1, 0.3", "5, 0.5", "20, 0.1", "40, 0.3", "1000, 0.02", "1000, 0.5", "5000, 0.9", "100000, 0.37"})
  void binomialMoments(int n, double p) {
    Rng r = new Rng(n * 31L + (long) (p * 1000));
    double s = 0;
    double s2 = 0;
    for (int i = 0; i < N; i++) {
      int x = r.binomial(n, p);
      assertThat(x).isBetween(0, n);
      s += x;
      s2 += (double) x * x;
    }
    double mean = s / N;
    double var = s2 / N - mean * mean;
    double v = n * p * (1 - p);
    assertThat(mean).isCloseTo(n * p, within(5 * Math.sqrt(v / N) + 1e-12));
    assertThat(var).isCloseTo(v, within(5 * v * Math.sqrt(2.0 / N) + 0.01 * v + 1e-12));
  }

  @ParameterizedTest(name = "poisson({0})")
  @CsvSource({"0.5", "3", "9.9", "10", "57.3", "5000"})
  void poissonMoments(double mu) {
    Rng r = new Rng((long) (mu * 1000));
    double s = 0;
    double s2 = 0;
    for (int i = 0; i < N; i++) {
      long x = r.poisson(mu);
      s += x;
      s2 += (double) x * x;
    }
    double mean = s / N;
    double var = s2 / N - mean * mean;
    assertThat(mean).isCloseTo(mu, within(5 * Math.sqrt(mu / N)));
    assertThat(var).isCloseTo(mu, within(5 * mu * Math.sqrt(2.0 / N) + 0.01 * mu));
  }

  @ParameterizedTest(name = "gamma({0})")
  @CsvSource({"0.1", "0.25", "0.9", "1", "2", "4.5", "6", "7", "250"})
  void gammaMoments(double shape) {
    Rng r = new Rng((long) (shape * 977));
    double s = 0;
    double s2 = 0;
    for (int i = 0; i < N; i++) {
      double x = r.gamma(shape);
      assertThat(x).isGreaterThanOrEqualTo(0);
      s += x;
      s2 += x * x;
    }
    double mean = s / N;
    double var = s2 / N - mean * mean;
    assertThat(mean).isCloseTo(shape, within(5 * Math.sqrt(shape / N)));
    assertThat(var).isCloseTo(shape, within(8 * shape * Math.sqrt(6.0 / shape / N + 2.0 / N)));
  }

  @ParameterizedTest(name = "beta({0}, {1})")
  @CsvSource({"1, 1", "1, 30", "30, 1", "3, 900", "450, 12"})
  void betaMean(double a, double b) {
    Rng r = new Rng(99);
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += r.beta(a, b);
    }
    double m = a / (a + b);
    double v = a * b / ((a + b) * (a + b) * (a + b + 1));
    assertThat(s / N).isCloseTo(m, within(5 * Math.sqrt(v / N)));
  }

  @ParameterizedTest(name = "negative binomial({0}, {1})")
  @CsvSource({"0.44, 4400", "0.9, 10", "0.2, 3"})
  void negativeBinomialMean(double p, double size) {
    Rng r = new Rng(5);
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += r.negativeBinomial(p, size);
    }
    double mean = size * (1 - p) / p;
    double var = mean / p;
    assertThat(s / N).isCloseTo(mean, within(5 * Math.sqrt(var / N)));
  }
}
