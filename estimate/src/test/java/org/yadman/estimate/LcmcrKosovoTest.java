package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LCMCR on Kosovo against the R package, in distribution. The unit test runs 2 chains × (10,000 burn-in
 * + 500 draws × thinning 50) at K = 10, about 10 s; the full 10^6-sweep comparison is
 * {@link LcmcrBenchmark} ("long"), run by hand. R's D_K10_long reference: median ≈ 10,390, 95% ≈
 * 8,875–13,950; its Monte Carlo error on a run this short is a few hundred.
 */
class LcmcrKosovoTest {

  @Test
  void posteriorOfNMatchesRInDistribution() {
    CaptureHistories kosovo = SharedData.histories("lcmcr_kosovo_aggregate.csv");
    double[] ref = LcmcrBenchmark.referenceDraws(
        List.of("N_samples_D_K10_long_seed1.csv", "N_samples_D_K10_long_seed2.csv"));
    LcmcrOptions o = LcmcrOptions.builder().latentClasses(10).burnin(10_000).samples(500).thinning(50).chains(2)
        .threads(2).seed(7).build();
    LcmcrResult r = Mse.lcmcr(kosovo, o);
    Estimate e = r.estimate();
    double refMedian = McmcDiagnostics.quantile(ref, 0.5);
    double refLow = McmcDiagnostics.quantile(ref, 0.025);
    double refHigh = McmcDiagnostics.quantile(ref, 0.975);
    assertThat(e.observed()).isEqualTo(4400);
    // The pooled reference has MCSE ≈ 40 on the mean; 2 × 500 thinned draws have ESS ≈ 150–300, so the
    // median may wander by ≈ 100–250; bounds are set at about 4 standard errors.
    assertThat(e.estimate()).as("median vs R's %.0f", refMedian).isBetween(refMedian - 700, refMedian + 700);
    assertThat(e.lower()).as("2.5%% vs R's %.0f", refLow).isBetween(refLow - 600, refLow + 600);
    assertThat(e.upper()).as("97.5%% vs R's %.0f", refHigh).isBetween(refHigh - 2500, refHigh + 2500);
    assertThat(e.diagnostics()).containsKeys("ess", "rhat", "mean", "sd");
    assertThat(r.gelmanRubin()).isLessThan(1.2);
    for (double ess : r.effectiveSampleSizes()) {
      assertThat(ess).isGreaterThan(20);
    }
  }

  /**
   * The sampler's other quantities against R's trace (K = 10, seed 1, 1,000 draws thinned by 100):
   * mean α ≈ 0.78, mean number of occupied classes ≈ 6.9, mean probability of being missed ≈ 0.59.
   */
  @Test
  void concentrationOccupiedClassesAndMissProbabilityMatchRsTrace() {
    CaptureHistories kosovo = SharedData.histories("lcmcr_kosovo_aggregate.csv");
    SharedData.Csv trace = SharedData.csv("lcmcr/trace_K10_seed1_n0_alpha_kstar_probzero.csv");
    double refAlpha = trace.rows().stream().mapToDouble(r -> Double.parseDouble(r[trace.col("alpha")])).average()
        .orElseThrow();
    double refKStar = trace.rows().stream().mapToDouble(r -> Double.parseDouble(r[trace.col("k_star")])).average()
        .orElseThrow();
    double refP0 = trace.rows().stream().mapToDouble(r -> Double.parseDouble(r[trace.col("prob_zero")])).average()
        .orElseThrow();
    LcmcrSampler s = new LcmcrSampler(kosovo, 10, 0.25, 0.25, new Rng(11));
    for (int i = 0; i < 10_000; i++) {
      s.sweep();
    }
    double alpha = 0;
    double kStar = 0;
    double p0 = 0;
    int draws = 1_500;
    for (int i = 0; i < draws; i++) {
      for (int t = 0; t < 40; t++) {
        s.sweep();
      }
      alpha += s.alpha();
      kStar += s.kStar();
      p0 += s.probZero();
    }
    // R's trace: sd(alpha) 0.55, sd(k*) 2.3, sd(p0) 0.044, strongly autocorrelated: wide bands
    assertThat(alpha / draws).as("mean alpha vs R's %.3f", refAlpha).isBetween(refAlpha - 0.25, refAlpha + 0.25);
    assertThat(kStar / draws).as("mean k* vs R's %.2f", refKStar).isBetween(refKStar - 1.2, refKStar + 1.2);
    assertThat(p0 / draws).as("mean P(missed) vs R's %.3f", refP0).isBetween(refP0 - 0.02, refP0 + 0.02);
  }

  @Test
  void fixedSeedReproducesDrawsWhateverTheThreads() {
    // inline data (Madigan and York's 3 lists), so this runs on a bare clone too
    CaptureHistories kosovo = CaptureHistories.builder("A", "B", "C").addMask(1, 60).addMask(2, 49).addMask(3, 4)
        .addMask(4, 247).addMask(5, 112).addMask(6, 142).addMask(7, 12).build();
    LcmcrOptions.Builder b = LcmcrOptions.builder().latentClasses(5).burnin(200).samples(50).thinning(2).chains(3)
        .seed(123);
    LcmcrResult one = Mse.lcmcr(kosovo, b.threads(1).build());
    LcmcrResult three = Mse.lcmcr(kosovo, b.threads(3).build());
    for (int c = 0; c < 3; c++) {
      assertThat(three.draws(c)).isEqualTo(one.draws(c));
    }
    assertThat(one.draws(0)).isNotEqualTo(one.draws(1));
    LcmcrResult otherSeed = Mse.lcmcr(kosovo, b.seed(124).threads(1).build());
    assertThat(otherSeed.draws(0)).isNotEqualTo(one.draws(0));
  }
}
