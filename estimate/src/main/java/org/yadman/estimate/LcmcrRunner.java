package org.yadman.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs LCMCR chains on a small thread pool and summarises them. */
final class LcmcrRunner {
  private LcmcrRunner() {}

  /** One chain: burn-in, then samples × thinning sweeps keeping N every thinning-th sweep. */
  static long[] chain(CaptureHistories h, LcmcrOptions o, int index) {
    return chain(h, o, index, NO_PROGRESS);
  }

  private static final java.util.function.LongConsumer NO_PROGRESS = sweeps -> { };
  /** How often a chain reports its sweeps (a report costs a call, a sweep microseconds). */
  private static final int REPORT_EVERY = 1_000;

  static long[] chain(CaptureHistories h, LcmcrOptions o, int index, java.util.function.LongConsumer progress) {
    LcmcrSampler s = new LcmcrSampler(h, o.latentClasses(), o.aAlpha(), o.bAlpha(), Rng.forChain(o.seed(), index));
    int pending = 0;
    for (int i = 0; i < o.burnin(); i++) {
      s.sweep();
      if (++pending == REPORT_EVERY) {
        progress.accept(pending);
        pending = 0;
      }
    }
    long[] draws = new long[o.samples()];
    for (int i = 0; i < o.samples(); i++) {
      for (int t = 0; t < o.thinning(); t++) {
        s.sweep();
        if (++pending == REPORT_EVERY) {
          progress.accept(pending);
          pending = 0;
        }
      }
      draws[i] = s.observed() + s.n0();
    }
    progress.accept(pending);
    return draws;
  }

  static LcmcrResult run(CaptureHistories h, LcmcrOptions o) {
    return run(h, o, NO_PROGRESS);
  }

  static LcmcrResult run(CaptureHistories h, LcmcrOptions o, java.util.function.LongConsumer progress) {
    long[][] draws = new long[o.chains()][];
    int threads = Math.min(o.threads(), o.chains());
    if (threads == 1) {
      for (int c = 0; c < o.chains(); c++) {
        draws[c] = chain(h, o, c, progress);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "lcmcr-chain");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < o.chains(); c++) {
          final int idx = c;
          futures.add(pool.submit(() -> chain(h, o, idx, progress)));
        }
        for (int c = 0; c < o.chains(); c++) {
          draws[c] = futures.get(c).get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("LCMCR run interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException("an LCMCR chain failed: " + cause, cause);
      } finally {
        pool.shutdownNow();
      }
    }
    return summarise(h, o, draws);
  }

  static LcmcrResult summarise(CaptureHistories h, LcmcrOptions o, long[][] draws) {
    double[][] asDouble = new double[draws.length][];
    double[] ess = new double[draws.length];
    int total = 0;
    for (int c = 0; c < draws.length; c++) {
      asDouble[c] = Arrays.stream(draws[c]).asDoubleStream().toArray();
      ess[c] = McmcDiagnostics.effectiveSampleSize(asDouble[c]);
      total += draws[c].length;
    }
    double[] pooled = new double[total];
    int i = 0;
    double sum = 0;
    for (double[] c : asDouble) {
      for (double v : c) {
        pooled[i++] = v;
        sum += v;
      }
    }
    double mean = sum / total;
    double ss = 0;
    for (double v : pooled) {
      ss += (v - mean) * (v - mean);
    }
    double sd = total > 1 ? Math.sqrt(ss / (total - 1)) : 0;
    Arrays.sort(pooled);
    double tail = (1 - o.level()) / 2;
    double rhat = McmcDiagnostics.gelmanRubin(asDouble);
    double essTotal = Arrays.stream(ess).sum();
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("mean", mean);
    diag.put("sd", sd);
    diag.put("ess", essTotal);
    if (!Double.isNaN(rhat)) {
      diag.put("rhat", rhat);
    }
    diag.put("K", (double) o.latentClasses());
    diag.put("chains", (double) o.chains());
    diag.put("drawsPerChain", (double) o.samples());
    List<String> warnings = new ArrayList<>();
    if (!h.hasOverlap()) {
      warnings.add(CaptureHistories.NO_OVERLAP + "; the posterior is the prior's");
    }
    if (!Double.isNaN(rhat) && rhat > 1.1) {
      warnings.add("the chains disagree (Gelman-Rubin R-hat " + String.format("%.3f", rhat)
          + " > 1.1): run longer or with more latent classes");
    }
    if (essTotal < 100) {
      warnings.add("few effectively independent draws (ESS " + String.format("%.0f", essTotal)
          + " < 100): the interval is unreliable; run longer or thin more");
    }
    Estimate e = new Estimate(McmcDiagnostics.quantile(pooled, 0.5), McmcDiagnostics.quantile(pooled, tail),
        McmcDiagnostics.quantile(pooled, 1 - tail), o.level(), "LCMCR (Manrique-Vallier 2016), posterior median",
        "LCMCR K=" + o.latentClasses(), h.observed(), diag, warnings);
    return new LcmcrResult(e, draws, ess, rhat);
  }
}
