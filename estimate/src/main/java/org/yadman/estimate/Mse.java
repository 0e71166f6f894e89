package org.yadman.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Multiple systems estimation: the entry point of the library.
 *
 * <p>Log-linear models reproduce Rcapture 1.4 (Baillargeon and Rivest 2007): {@link #closedp} is
 * {@code closedp.t}, {@link #loglinear} a custom hierarchical model (as {@code closedpCI.t(mX=…)}),
 * {@link #modelSearch} is {@code closedpMS.t}, {@link #profileInterval} is {@code closedpCI.t}'s
 * profile-likelihood interval ({@link #closedp0} and {@link #profileInterval0} the {@code .0}
 * variants for frequencies by number of captures). {@link #lcmcr} runs the Dirichlet-process latent
 * class model of Manrique-Vallier (2016), as the R package LCMCR does; {@link #dga} averages over
 * decomposable graphical models (Madigan and York 1997) as the R package dga does.
 *
 * <p>All methods are stateless and thread-safe; bad arguments raise {@link IllegalArgumentException}
 * with the rule and the value.
 */
public final class Mse {
  private Mse() {}

  /** The 12 standard models of {@code closedp.t} (3 when there are 2 lists), in Rcapture's order. */
  public static List<LogLinearFit> closedp(CaptureHistories histories) {
    Objects.requireNonNull(histories, "histories");
    return LogLinear.closedp(CellData.of(histories));
  }

  /**
   * The models of {@code closedp.0} (M0 and the four Mh) for frequencies by number of captures.
   *
   * @param frequencies f[c − 1] = number of people captured exactly c times
   * @param occasions the number of capture occasions t, or 0 for t = ∞ (offset −log c!)
   * @param t0 model only the frequencies for c = 1 … t0, or 0 for all
   */
  public static List<LogLinearFit> closedp0(long[] frequencies, int occasions, int t0) {
    Objects.requireNonNull(frequencies, "frequencies");
    if (occasions < 0) {
      throw new IllegalArgumentException("occasions must be positive, or 0 for infinite; got " + occasions);
    }
    return LogLinear.closedp(CellData.ofFrequencies(frequencies, occasions, t0));
  }

  /**
   * One standard model of closedp.t by Rcapture's name: "M0", "Mt", "Mb", "Mbh", or "Mh"/"Mth" with
   * a heterogeneity form.
   */
  public static LogLinearFit standard(CaptureHistories histories, String model, Heterogeneity heterogeneity) {
    Objects.requireNonNull(histories, "histories");
    return LogLinear.standard(CellData.of(histories), model, heterogeneity);
  }

  /** A hierarchical log-linear model such as {@code [123,14,34]}, optionally with heterogeneity. */
  public static LogLinearFit loglinear(CaptureHistories histories, HierarchicalModel model,
      Heterogeneity heterogeneity) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(model, "model");
    return LogLinear.fitHierarchical(CellData.of(histories), model, heterogeneity).result();
  }

  /**
   * Fits every hierarchical model with interactions up to {@code maxOrder} (Rcapture's closedpMS.t with
   * all main effects forced) and returns them sorted by BIC, best first (ties keep enumeration order).
   */
  public static List<LogLinearFit> modelSearch(CaptureHistories histories, int maxOrder,
      Heterogeneity heterogeneity) {
    Objects.requireNonNull(histories, "histories");
    CellData d = CellData.of(histories);
    List<LogLinearFit> fits = new ArrayList<>();
    for (HierarchicalModel m : ModelSearch.allModels(d.t, maxOrder)) {
      try {
        fits.add(LogLinear.fitHierarchical(d, m, heterogeneity).result());
      } catch (ArithmeticException e) {
        fits.add(LogLinear.failed(d, m.toString(), e));
      }
    }
    fits.sort(Comparator.comparingDouble(f -> Double.isNaN(f.bic()) ? Double.POSITIVE_INFINITY : f.bic()));
    return fits;
  }

  /** The profile-likelihood interval of closedpCI.t for a standard model ("M0", "Mt", "Mh", "Mth"). */
  public static Estimate profileInterval(CaptureHistories histories, String model, Heterogeneity heterogeneity,
      double level) {
    Objects.requireNonNull(histories, "histories");
    CellData d = CellData.of(histories);
    if (!List.of("M0", "Mt", "Mh", "Mth").contains(model)) {
      throw new IllegalArgumentException("profile intervals are for M0, Mt, Mh or Mth; got '" + model + "'");
    }
    LogLinear.Fitted f = LogLinear.fitStandard(d, model, heterogeneity);
    boolean neg = heterogeneity.kind() == Heterogeneity.Kind.CHAO;
    return interval(d, f, Design.standard(d, model, heterogeneity), neg, level);
  }

  /**
   * The profile-likelihood interval of closedpCI.t for a hierarchical model (mX given as a formula).
   * With {@link Heterogeneity#NORMAL} the interval is Chao's log-normal one, as in Rcapture.
   */
  public static Estimate profileInterval(CaptureHistories histories, HierarchicalModel model,
      Heterogeneity heterogeneity, double level) {
    Objects.requireNonNull(histories, "histories");
    CellData d = CellData.of(histories);
    LogLinear.Fitted f = LogLinear.fitHierarchical(d, model, heterogeneity);
    // Rcapture drops negative eta in the interval search only for the standard Mh/Mth models.
    return interval(d, f, Design.hierarchical(d, model, heterogeneity), false, level);
  }

  /** The profile-likelihood interval of closedpCI.0 for M0 or Mh on frequencies by number of captures. */
  public static Estimate profileInterval0(long[] frequencies, int occasions, int t0, Heterogeneity heterogeneity,
      double level) {
    CellData d = CellData.ofFrequencies(frequencies, occasions, t0);
    String m = heterogeneity.kind() == Heterogeneity.Kind.NONE ? "M0" : "Mh";
    LogLinear.Fitted f = LogLinear.fitStandard(d, m, heterogeneity);
    boolean neg = heterogeneity.kind() == Heterogeneity.Kind.CHAO;
    return interval(d, f, Design.standard(d, m, heterogeneity), neg, level);
  }

  /**
   * Runs LCMCR (Manrique-Vallier 2016) on several chains in parallel and summarises the pooled draws of
   * N: the posterior median and an equal-tailed credible interval, with ESS and Gelman–Rubin R̂.
   */
  public static LcmcrResult lcmcr(CaptureHistories histories, LcmcrOptions options) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(options, "options");
    return LcmcrRunner.run(histories, options);
  }

  /**
   * As {@link #lcmcr(CaptureHistories, LcmcrOptions)}, reporting progress: {@code sweepsDone} receives
   * the number of sweeps just completed (every 1,000 sweeps of a chain, and the remainder at its end),
   * from the chains' threads, so it must be thread-safe. The reports of a run add up to
   * {@link LcmcrOptions#totalSweeps()}. The draws do not depend on it.
   */
  public static LcmcrResult lcmcr(CaptureHistories histories, LcmcrOptions options,
      java.util.function.LongConsumer sweepsDone) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sweepsDone, "sweepsDone");
    return LcmcrRunner.run(histories, options, sweepsDone);
  }

  /**
   * Bayesian model averaging over every decomposable graph (dga, Madigan and York 1997) with
   * hyper-Dirichlet parameter {@code delta}, prior p(N) ∝ 1/N and N from n + {@code minMissing} to
   * n + {@code maxMissing}.
   */
  public static DgaResult dga(CaptureHistories histories, double delta, long minMissing, long maxMissing,
      double level) {
    Objects.requireNonNull(histories, "histories");
    return dga(histories, delta, minMissing, maxMissing, DecomposableGraph.all(histories.listCount()), level);
  }

  /** As {@link #dga(CaptureHistories, double, long, long, double)} over the given graphs. */
  public static DgaResult dga(CaptureHistories histories, double delta, long minMissing, long maxMissing,
      List<DecomposableGraph> graphs, double level) {
    return dga(histories, delta, minMissing, maxMissing, graphs, null, level);
  }

  /**
   * As above with a log prior on N (unnormalised), e.g. a negative binomial; null for p(N) ∝ 1/N.
   */
  public static DgaResult dga(CaptureHistories histories, double delta, long minMissing, long maxMissing,
      List<DecomposableGraph> graphs, java.util.function.LongToDoubleFunction logPriorOfN, double level) {
    Objects.requireNonNull(histories, "histories");
    Objects.requireNonNull(graphs, "graphs");
    if (minMissing < 0 || maxMissing < minMissing) {
      throw new IllegalArgumentException("the range of unobserved counts must satisfy 0 <= min <= max; got ["
          + minMissing + ", " + maxMissing + "]");
    }
    if (maxMissing - minMissing > 10_000_000) {
      throw new IllegalArgumentException("at most 10,000,001 values of N are averaged; got " + (maxMissing - minMissing + 1));
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the interval level must be in (0, 1); got " + level);
    }
    long[] missing = new long[(int) (maxMissing - minMissing + 1)];
    for (int i = 0; i < missing.length; i++) {
      missing[i] = minMissing + i;
    }
    long n = histories.observed();
    double[] logPrior = null;
    if (logPriorOfN != null) {
      logPrior = new double[missing.length];
      for (int i = 0; i < missing.length; i++) {
        logPrior[i] = logPriorOfN.applyAsDouble(n + missing[i]);
        if (Double.isNaN(logPrior[i]) || logPrior[i] == Double.POSITIVE_INFINITY) {
          throw new IllegalArgumentException("the log prior of N must be finite or -Infinity; got " + logPrior[i]
              + " at N = " + (n + missing[i]));
        }
      }
    }
    double[][] w = Dga.posterior(histories.countsByMask(), histories.listCount(), delta, graphs, missing, logPrior);
    long[] bigN = new long[missing.length];
    double[] postN = new double[missing.length];
    double[] postG = new double[graphs.size()];
    for (int g = 0; g < w.length; g++) {
      for (int i = 0; i < missing.length; i++) {
        postN[i] += w[g][i];
        postG[g] += w[g][i];
      }
    }
    double mean = 0;
    int mode = 0;
    for (int i = 0; i < missing.length; i++) {
      bigN[i] = n + missing[i];
      mean += bigN[i] * postN[i];
      if (postN[i] > postN[mode]) {
        mode = i;
      }
    }
    double variance = 0;
    for (int i = 0; i < missing.length; i++) {
      variance += (bigN[i] - mean) * (bigN[i] - mean) * postN[i];
    }
    double sd = Math.sqrt(variance);
    int top = 0;
    for (int g = 0; g < postG.length; g++) {
      if (postG[g] > postG[top]) {
        top = g;
      }
    }
    double tail = (1 - level) / 2;
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("delta", delta);
    diag.put("mean", mean);
    diag.put("sd", sd);
    diag.put("mode", (double) bigN[mode]);
    diag.put("topGraphPosterior", postG[top]);
    List<String> warnings = new ArrayList<>();
    if (!histories.hasOverlap()) {
      warnings.add(CaptureHistories.NO_OVERLAP);
    }
    if (postN[postN.length - 1] > 1e-6 * postN[mode]) {
      warnings.add("the posterior of N is still " + postN[postN.length - 1] + " at the end of the range (N = "
          + bigN[bigN.length - 1] + "): widen maxMissing");
    }
    if (minMissing == 0 && postN[0] > 0.5 * postN[mode]) {
      warnings.add("the posterior piles up at N = n: with delta = " + delta + " the prior dominates these data");
    }
    Estimate e = new Estimate(quantile(bigN, postN, 0.5), quantile(bigN, postN, tail), quantile(bigN, postN, 1 - tail),
        level, "decomposable graphical model averaging (Madigan-York), posterior median",
        "dga delta=" + delta + ", top graph " + graphs.get(top), n, diag, warnings);
    return new DgaResult(e, bigN, postN, graphs, postG);
  }

  /** The smallest N whose posterior cumulative probability reaches p. */
  private static double quantile(long[] values, double[] probs, double p) {
    double cum = 0;
    for (int i = 0; i < values.length; i++) {
      cum += probs[i];
      if (cum >= p) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static Estimate interval(CellData d, LogLinear.Fitted f, Design fullDesign, boolean neg, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the interval level must be in (0, 1); got " + level);
    }
    LogLinearFit r = f.result();
    List<String> warnings = new ArrayList<>(r.warnings());
    if (f.glm() == null) {
      // normal heterogeneity: Chao's (1987) log-normal interval, as closedpCI
      double z = SpecialFunctions.normalQuantile(0.5 + level / 2);
      double extra = r.abundance() - d.n;
      double c = Math.exp(z * Math.sqrt(Math.log(1 + r.stderr() * r.stderr() / (extra * extra))));
      if (!Double.isFinite(c)) {
        warnings.add("Chao's log-normal interval is undefined for these values");
      }
      return new Estimate(r.abundance(), d.n + extra / c, d.n + extra * c, level,
          "log-linear Poisson with normal heterogeneity, Chao's log-normal interval", r.model(), d.n,
          diagnostics(r, Double.NaN), warnings);
    }
    if (!(r.abundance() > d.n) || !Double.isFinite(r.abundance())) {
      warnings.add("the Poisson estimate " + r.abundance() + " is not above n = " + d.n
          + ": the model cannot support an interval");
      return new Estimate(r.abundance(), Double.NaN, Double.NaN, level, "log-linear Poisson, profile likelihood",
          r.model(), d.n, diagnostics(r, Double.NaN), warnings);
    }
    ProfileLikelihood.Interval ci = ProfileLikelihood.interval(d, fullDesign, neg, r.abundance(), level, 3);
    if (!ci.upperFound()) {
      warnings.add("the upper bound lies beyond " + ci.upperSearchLimit() + " (3 times the estimate)");
    }
    if (ci.lower() == d.n) {
      warnings.add("the lower bound is the number observed: the likelihood never falls far enough below it");
    }
    return new Estimate(r.abundance(), ci.lower(), ci.upper(), level, "log-linear Poisson, profile likelihood",
        r.model(), d.n, diagnostics(r, ci.nMax()), warnings);
  }

  private static Map<String, Double> diagnostics(LogLinearFit r, double nMax) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("stderr", r.stderr());
    m.put("deviance", r.deviance());
    m.put("df", (double) r.df());
    m.put("AIC", r.aic());
    m.put("BIC", r.bic());
    m.put("bias", r.bias());
    if (!Double.isNaN(nMax)) {
      m.put("multinomialN", nMax);
    }
    m.values().removeIf(v -> v.isNaN());
    return m;
  }
}
