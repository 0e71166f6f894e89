package org.yadman.estimate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-run benchmarks, not part of {@code mvn verify}:
 * <pre>
 * ./mvnw -q -pl estimate test-compile &amp;&amp; \
 *   java -cp estimate/target/classes:estimate/target/test-classes org.yadman.estimate.LcmcrBenchmark speed
 *   java -cp … org.yadman.estimate.LcmcrBenchmark long      # K=10, 10^6 sweeps × 2 chains vs D_K10_long
 *   java -cp … org.yadman.estimate.LcmcrBenchmark search    # BIC search over all 113 models, Kosovo
 * </pre>
 * Reads ../shared/data/mse (or -Dyadman.shared=…).
 */
public final class LcmcrBenchmark {
  public static void main(String[] args) throws Exception {
    if (System.getProperty("yadman.shared") == null) {
      System.setProperty("yadman.shared", Path.of("..", "shared").toAbsolutePath().normalize().toString());
    }
    CaptureHistories kosovo = SharedData.histories("lcmcr_kosovo_aggregate.csv");
    String what = args.length > 0 ? args[0] : "speed";
    switch (what) {
      case "speed" -> speed(kosovo);
      case "long" -> longRun(kosovo);
      case "search" -> search(kosovo);
      default -> throw new IllegalArgumentException("expected speed, long or search; got " + what);
    }
  }

  static void speed(CaptureHistories h) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    int sweeps = 300_000;
    for (int k : new int[] {5, 10, 20, 50}) {
      double bestCpu = 0;
      double bestWall = 0;
      for (int rep = 0; rep < 3; rep++) {
        LcmcrSampler s = new LcmcrSampler(h, k, 0.25, 0.25, new Rng(42 + rep));
        for (int i = 0; i < 30_000; i++) {
          s.sweep(); // JIT warm-up and burn-in
        }
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < sweeps; i++) {
          s.sweep();
          sink += s.n0();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        bestCpu = Math.max(bestCpu, sweeps / cpu);
        bestWall = Math.max(bestWall, sweeps / wall);
        if (sink == 42) {
          System.out.print("");
        }
      }
      System.out.printf("K=%d  %.0f sweeps/s per CPU-second, %.0f per wall-second (best of 3 x %d sweeps, one thread)%n",
          k, bestCpu, bestWall, sweeps);
    }
  }

  static void longRun(CaptureHistories h) {
    LcmcrOptions o = LcmcrOptions.builder().latentClasses(10).burnin(100_000).samples(10_000).thinning(100)
        .chains(2).threads(2).seed(2024).build();
    long t0 = System.nanoTime();
    LcmcrResult r = Mse.lcmcr(h, o);
    double sec = (System.nanoTime() - t0) / 1e9;
    Estimate e = r.estimate();
    double[] pooled = r.pooledDraws().stream().mapToDouble(Long::doubleValue).sorted().toArray();
    System.out.printf("K=10, 2 chains x 1,100,000 sweeps in %.1f s%n", sec);
    System.out.printf("median %.1f  95%% [%.1f, %.1f]  mean %.1f sd %.1f  ESS %s  Rhat %.4f%n", e.estimate(),
        e.lower(), e.upper(), e.diagnostics().get("mean"), e.diagnostics().get("sd"),
        Arrays.toString(r.effectiveSampleSizes()), r.gelmanRubin());
    for (double p : new double[] {0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975}) {
      System.out.printf("  q%.3f  %.1f%n", p, McmcDiagnostics.quantile(pooled, p));
    }
    double[] ref = referenceDraws(List.of("N_samples_D_K10_long_seed1.csv", "N_samples_D_K10_long_seed2.csv"));
    System.out.println("R LCMCR D_K10_long pooled:");
    for (double p : new double[] {0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975}) {
      System.out.printf("  q%.3f  %.1f%n", p, McmcDiagnostics.quantile(ref, p));
    }
  }

  static double[] referenceDraws(List<String> files) {
    return files.stream().flatMap(f -> SharedData.csv("lcmcr/" + f).rows().stream())
        .mapToDouble(r -> Double.parseDouble(r[0])).sorted().toArray();
  }

  static void search(CaptureHistories h) {
    for (int rep = 0; rep < 5; rep++) {
      long t0 = System.nanoTime();
      List<LogLinearFit> fits = Mse.modelSearch(h, 3, Heterogeneity.NONE);
      double ms = (System.nanoTime() - t0) / 1e6;
      System.out.printf("BIC search, 4 lists, %d models: %.1f ms (best %s, N=%.1f)%n", fits.size(), ms,
          fits.get(0).model(), fits.get(0).abundance());
    }
  }
}
