package org.yadman.estimate;

/**
 * Settings of an LCMCR run. Defaults are the R package's (K = 5, α ~ Gamma(0.25, 0.25), burn-in 10,000,
 * 1,000 samples thinned by 10) except K: on Kosovo the package's K = 5 mixes badly, so this builder
 * starts at K = 10. Four chains are run in parallel, each from its own stream of {@code seed}; the
 * result depends on the seed, never on the number of threads.
 *
 * @param latentClasses K, the truncation of the stick-breaking prior (≥ 2)
 * @param aAlpha shape of the Gamma prior on the concentration α (&gt; 0)
 * @param bAlpha rate of that prior (&gt; 0)
 * @param burnin sweeps discarded after the package's 500-sweep warm-up (≥ 0)
 * @param samples draws kept per chain (≥ 1)
 * @param thinning sweeps between kept draws (≥ 1)
 * @param chains independent chains (≥ 1)
 * @param threads worker threads (≥ 1)
 * @param seed the seed of the whole run
 * @param level coverage of the reported credible interval, e.g. 0.95
 */
public record LcmcrOptions(int latentClasses, double aAlpha, double bAlpha, int burnin, int samples, int thinning,
    int chains, int threads, long seed, double level) {

  public LcmcrOptions {
    if (latentClasses < 2) {
      throw new IllegalArgumentException("latentClasses (K) must be at least 2; got " + latentClasses);
    }
    if (!(aAlpha > 0) || !(bAlpha > 0)) {
      throw new IllegalArgumentException("aAlpha and bAlpha must be positive; got " + aAlpha + " and " + bAlpha);
    }
    if (burnin < 0) {
      throw new IllegalArgumentException("burnin must be non-negative; got " + burnin);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1; got " + samples);
    }
    if (thinning < 1) {
      throw new IllegalArgumentException("thinning must be at least 1; got " + thinning);
    }
    if (chains < 1) {
      throw new IllegalArgumentException("chains must be at least 1; got " + chains);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1; got " + threads);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1); got " + level);
    }
  }

  /** Sweeps of the whole run after the warm-up: chains × (burn-in + samples × thinning). */
  public long totalSweeps() {
    return (long) chains * (burnin + (long) samples * thinning);
  }

  /** K = 10, a = b = 0.25, burn-in 10,000, 1,000 samples thinned by 100, 4 chains on up to 4 threads, seed 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** A mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private int latentClasses = 10;
    private double aAlpha = 0.25;
    private double bAlpha = 0.25;
    private int burnin = 10_000;
    private int samples = 1_000;
    private int thinning = 100;
    private int chains = 4;
    private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private long seed = 1;
    private double level = 0.95;

    public Builder latentClasses(int k) {
      this.latentClasses = k;
      return this;
    }

    public Builder alphaPrior(double shape, double rate) {
      this.aAlpha = shape;
      this.bAlpha = rate;
      return this;
    }

    public Builder burnin(int sweeps) {
      this.burnin = sweeps;
      return this;
    }

    public Builder samples(int draws) {
      this.samples = draws;
      return this;
    }

    public Builder thinning(int sweeps) {
      this.thinning = sweeps;
      return this;
    }

    public Builder chains(int n) {
      this.chains = n;
      return this;
    }

    public Builder threads(int n) {
      this.threads = n;
      return this;
    }

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    public Builder level(double l) {
      this.level = l;
      return this;
    }

    public LcmcrOptions build() {
      return new LcmcrOptions(latentClasses, aAlpha, bAlpha, burnin, samples, thinning, chains, threads, seed, level);
    }
  }
}
