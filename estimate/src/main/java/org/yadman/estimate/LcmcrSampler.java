package org.yadman.estimate;

/**
 * Gibbs sampler for the non-parametric latent class model of capture–recapture.
 *
 * <p>Design note. This follows D. Manrique-Vallier (2016), "Bayesian population size estimation
 * using Dirichlet process mixtures", Biometrics 72(4):1246–1254, as implemented in the R package
 * LCMCR 0.4.14 (class {@code CNPLCM_CR_Basic_Freq}). Each person belongs to one of K latent classes
 * (a Dirichlet process truncated by stick-breaking at K, concentration α ~ Gamma(a, b), by default
 * a = b = 0.25); within class k list j records a person independently with probability λ<sub>jk</sub> ~
 * Beta(1, 1); the prior on N is p(N) ∝ 1/N, which makes the number of unobserved people n0 negative
 * binomial given the other parameters. Data augmentation keeps, for every observed cell, how many of
 * its people are in each class, and for the n0 unobserved people their class counts. One sweep, in
 * the package's order:
 * <ol>
 *   <li>class counts of each observed cell ~ Multinomial(freq, ν<sub>k</sub> Π<sub>j</sub> λ or 1 − λ);</li>
 *   <li>λ<sub>jk</sub> ~ Beta(1 + recorded, 1 + not recorded), the unobserved counted as not recorded;</li>
 *   <li>sticks V<sub>k</sub> ~ Beta(1 + n<sub>k</sub>, α + Σ<sub>l&gt;k</sub> n<sub>l</sub>) on the log scale;</li>
 *   <li>the probability of being missed by every list, p0 = Σ<sub>k</sub> ν<sub>k</sub> Π<sub>j</sub>(1 − λ<sub>jk</sub>);</li>
 *   <li>n0 ~ NegBin(n, 1 − p0);</li>
 *   <li>the n0 unobserved people's classes ~ Multinomial(n0, ν<sub>k</sub> Π<sub>j</sub>(1 − λ<sub>jk</sub>));</li>
 *   <li>α ~ Gamma(a + K − 1, rate b − log ν<sub>K</sub>).</li>
 * </ol>
 * Initialisation is the package's: λ at each list's observed share, ν = (0.225 ×4, 0.1/(K − 4) …),
 * α = 0.3/K, 500 warm-up sweeps without the α step, then classes reordered by decreasing ν. Random
 * numbers come from {@link Rng}, not GSL, so draws match R's in distribution, not digit for digit.
 * One instance is one chain and is not thread-safe.
 */
final class LcmcrSampler {
  private final int lists;
  private final int cells;
  private final int k;
  private final int[][] cellFlags; // [cell][list]
  private final int[] freq;
  private final int n;
  private final double aAlpha;
  private final double bAlpha;
  private final Rng rng;

  private final double[][] lambda; // [list][class]
  private final double[] nu;
  private final double[] logNu;
  private final int[][] countCellClass; // [cell][class]
  private final int[] countClass;
  private final int[] countMissedClass;
  private final int[][] recorded; // [list][class]
  private double alpha;
  private long n0;
  private double probZero;
  private int kStar;
  private final double[] probs;
  private final double[] missProbs;
  private final int[] cellMask; // history bit mask of each observed cell
  private final double[][] patternProb; // [class][mask] = Π_j λ or 1 − λ, when 2^J is small
  private final boolean usePatterns;

  LcmcrSampler(CaptureHistories h, int k, double aAlpha, double bAlpha, Rng rng) {
    if (k < 2) {
      throw new IllegalArgumentException("LCMCR needs at least 2 latent classes; got K = " + k);
    }
    if (!(aAlpha > 0) || !(bAlpha > 0)) {
      throw new IllegalArgumentException("the Gamma prior of alpha needs a > 0 and b > 0; got a = " + aAlpha
          + ", b = " + bAlpha);
    }
    this.lists = h.listCount();
    this.k = k;
    this.aAlpha = aAlpha;
    this.bAlpha = bAlpha;
    this.rng = rng;
    int c = 0;
    for (int m = 1; m < (1 << lists); m++) {
      if (h.count(m) > 0) {
        c++;
      }
    }
    this.cells = c;
    this.cellFlags = new int[c][lists];
    this.freq = new int[c];
    long total = 0;
    int i = 0;
    for (int m = 1; m < (1 << lists); m++) {
      long f = h.count(m);
      if (f > 0) {
        if (f > Integer.MAX_VALUE / 2) {
          throw new IllegalArgumentException("a cell count must be below " + Integer.MAX_VALUE / 2 + "; got " + f);
        }
        for (int j = 0; j < lists; j++) {
          cellFlags[i][j] = (m >> j) & 1;
        }
        freq[i++] = (int) f;
        total += f;
      }
    }
    this.n = Math.toIntExact(total);
    lambda = new double[lists][k];
    nu = new double[k];
    logNu = new double[k];
    countCellClass = new int[c][k];
    countClass = new int[k];
    countMissedClass = new int[k];
    recorded = new int[lists][k];
    probs = new double[k];
    missProbs = new double[k];
    cellMask = new int[c];
    for (int cc = 0; cc < c; cc++) {
      for (int j = 0; j < lists; j++) {
        cellMask[cc] |= cellFlags[cc][j] << j;
      }
    }
    usePatterns = lists <= 16 && (1 << lists) <= 4 * c * lists;
    patternProb = usePatterns ? new double[k][1 << lists] : null;
    initialise();
  }

  private void initialise() {
    alpha = 1;
    double lacc = 0;
    for (int kk = 0; kk < k - 1; kk++) {
      double g1 = rng.logGamma(1);
      double g2 = rng.logGamma(1);
      double gs = logSum(g1, g2);
      logNu[kk] = g1 - gs + lacc;
      lacc += g2 - gs;
    }
    logNu[k - 1] = lacc;
    for (int j = 0; j < lists; j++) {
      long s = 0;
      for (int c = 0; c < cells; c++) {
        if (cellFlags[c][j] == 1) {
          s += freq[c];
        }
      }
      double p = (double) s / n;
      for (int kk = 0; kk < k; kk++) {
        lambda[j][kk] = p;
      }
    }
    alpha = 0.3 / k;
    if (k > 4) {
      for (int kk = 0; kk < 4; kk++) {
        nu[kk] = 0.25 * 0.9;
      }
      for (int kk = 4; kk < k; kk++) {
        nu[kk] = 0.1 / (k - 4);
      }
    } else {
      for (int kk = 0; kk < k; kk++) {
        nu[kk] = 1.0 / k;
      }
    }
    for (int s = 0; s < 500; s++) {
      sampleCellClasses();
      sampleLambda();
      sampleNu();
      computeProbZero();
      sampleN0();
      sampleMissedClasses();
    }
    permuteByNu();
  }

  /** One Gibbs sweep. */
  void sweep() {
    sampleCellClasses();
    sampleLambda();
    sampleNu();
    computeProbZero();
    sampleN0();
    sampleMissedClasses();
    sampleAlpha();
  }

  long n0() {
    return n0;
  }

  int observed() {
    return n;
  }

  double alpha() {
    return alpha;
  }

  int kStar() {
    return kStar;
  }

  double probZero() {
    return probZero;
  }

  /** Π_j (λ_jk if bit j else 1 − λ_jk) for every mask, by doubling: 2^J products per class. */
  private void computePatterns() {
    for (int kk = 0; kk < k; kk++) {
      double[] pp = patternProb[kk];
      pp[0] = 1;
      for (int j = 0; j < lists; j++) {
        double l = lambda[j][kk];
        double nl = 1 - l;
        int half = 1 << j;
        for (int m = half - 1; m >= 0; m--) {
          double v = pp[m];
          pp[m | half] = v * l;
          pp[m] = v * nl;
        }
      }
    }
  }

  private void sampleCellClasses() {
    if (usePatterns) {
      computePatterns();
      for (int c = 0; c < cells; c++) {
        int mask = cellMask[c];
        for (int kk = 0; kk < k; kk++) {
          probs[kk] = nu[kk] * patternProb[kk][mask];
        }
        drawCell(c);
      }
      return;
    }
    for (int c = 0; c < cells; c++) {
      int[] flags = cellFlags[c];
      for (int kk = 0; kk < k; kk++) {
        double prod = nu[kk];
        for (int j = 0; j < lists; j++) {
          double l = lambda[j][kk];
          prod *= flags[j] == 1 ? l : 1 - l;
        }
        probs[kk] = prod;
      }
      drawCell(c);
    }
  }

  private void drawCell(int c) {
    int[] out = countCellClass[c];
    if (freq[c] > 1) {
      rng.multinomial(freq[c], probs, k, out);
    } else {
      java.util.Arrays.fill(out, 0);
      out[rng.categorical(probs, k)] = 1;
    }
  }

  private void sampleLambda() {
    // people in class k (observed and not) are either recorded by list j or not: count the recorded
    countClasses();
    for (int j = 0; j < lists; j++) {
      java.util.Arrays.fill(recorded[j], 0);
    }
    for (int c = 0; c < cells; c++) {
      int[] counts = countCellClass[c];
      int[] flags = cellFlags[c];
      for (int j = 0; j < lists; j++) {
        if (flags[j] == 1) {
          int[] target = recorded[j];
          for (int kk = 0; kk < k; kk++) {
            target[kk] += counts[kk];
          }
        }
      }
    }
    for (int j = 0; j < lists; j++) {
      int[] rec = recorded[j];
      for (int kk = 0; kk < k; kk++) {
        lambda[j][kk] = rng.beta(1.0 + rec[kk], 1.0 + (countClass[kk] - rec[kk]));
      }
    }
  }

  private void countClasses() {
    System.arraycopy(countMissedClass, 0, countClass, 0, k);
    for (int c = 0; c < cells; c++) {
      int[] counts = countCellClass[c];
      for (int kk = 0; kk < k; kk++) {
        countClass[kk] += counts[kk];
      }
    }
    int empty = 0;
    for (int kk = 0; kk < k; kk++) {
      if (countClass[kk] == 0) {
        empty++;
      }
    }
    kStar = k - empty;
  }

  private void sampleNu() {
    // class counts were taken in sampleLambda and have not changed since
    long acc = 0;
    double lAccProd = 0;
    for (int kk = 0; kk < k - 1; kk++) {
      acc += countClass[kk];
      double a = 1.0 + countClass[kk];
      double b = alpha + (double) (n0 + n - acc);
      double lg1 = rng.logGamma(a);
      double lg2 = rng.logGamma(b);
      double ls = logSum(lg1, lg2);
      logNu[kk] = lg1 - ls + lAccProd;
      lAccProd += lg2 - ls;
      nu[kk] = Math.exp(logNu[kk]);
    }
    logNu[k - 1] = lAccProd;
    nu[k - 1] = Math.exp(lAccProd);
  }

  private void sampleAlpha() {
    alpha = rng.gamma(aAlpha + k - 1.0) / (bAlpha - logNu[k - 1]);
  }

  private void computeProbZero() {
    double p0 = 0;
    for (int kk = 0; kk < k; kk++) {
      double prod = nu[kk];
      for (int j = 0; j < lists; j++) {
        prod *= 1.0 - lambda[j][kk];
      }
      missProbs[kk] = prod;
      p0 += prod;
    }
    probZero = p0;
  }

  private void sampleN0() {
    n0 = rng.negativeBinomial(1.0 - probZero, n);
    if (n0 > Integer.MAX_VALUE / 2) {
      throw new ArithmeticException("LCMCR drew n0 = " + n0 + ": the probability of being missed by every list is "
          + probZero + ", too close to 1 for these data");
    }
  }

  private void sampleMissedClasses() {
    rng.multinomial((int) n0, missProbs, k, countMissedClass);
  }

  private void permuteByNu() {
    Integer[] order = new Integer[k];
    for (int kk = 0; kk < k; kk++) {
      order[kk] = kk;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(1.0 - nu[x], 1.0 - nu[y]));
    for (int c = 0; c < cells; c++) {
      countCellClass[c] = permute(countCellClass[c], order);
    }
    for (int j = 0; j < lists; j++) {
      lambda[j] = permute(lambda[j], order);
    }
    double[] nn = permute(nu, order);
    double[] ln = permute(logNu, order);
    int[] cc = permute(countClass, order);
    int[] cm = permute(countMissedClass, order);
    System.arraycopy(nn, 0, nu, 0, k);
    System.arraycopy(ln, 0, logNu, 0, k);
    System.arraycopy(cc, 0, countClass, 0, k);
    System.arraycopy(cm, 0, countMissedClass, 0, k);
  }

  private static double[] permute(double[] a, Integer[] order) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static int[] permute(int[] a, Integer[] order) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static double logSum(double a, double b) {
    // Math.log1p is not a JIT intrinsic; log(1 + e^-d) loses nothing that matters here
    return a < b ? b + Math.log(1 + Math.exp(a - b)) : a + Math.log(1 + Math.exp(b - a));
  }
}
