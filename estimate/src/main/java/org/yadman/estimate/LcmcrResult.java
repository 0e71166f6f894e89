package org.yadman.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of an LCMCR run: the estimate (posterior median, equal-tailed credible interval, with
 * diagnostics "ess", "rhat", "mean", "sd") and the posterior draws of N, one array per chain.
 */
public final class LcmcrResult {
  private final Estimate estimate;
  private final long[][] draws;
  private final double[] essPerChain;
  private final double rhat;

  LcmcrResult(Estimate estimate, long[][] draws, double[] essPerChain, double rhat) {
    this.estimate = estimate;
    this.draws = draws;
    this.essPerChain = essPerChain;
    this.rhat = rhat;
  }

  public Estimate estimate() {
    return estimate;
  }

  /** Draws of N for chain {@code chain} (a copy). */
  public long[] draws(int chain) {
    return draws[chain].clone();
  }

  public int chains() {
    return draws.length;
  }

  /** All draws of N, chains concatenated. */
  public List<Long> pooledDraws() {
    List<Long> out = new ArrayList<>();
    for (long[] c : draws) {
      for (long v : c) {
        out.add(v);
      }
    }
    return out;
  }

  /** Effective sample size of each chain's draws of N. */
  public double[] effectiveSampleSizes() {
    return essPerChain.clone();
  }

  /** Gelman–Rubin R̂ over the chains (NaN with one chain). */
  public double gelmanRubin() {
    return rhat;
  }
}
