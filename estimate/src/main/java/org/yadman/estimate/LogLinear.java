package org.yadman.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closed-population log-linear models computed as Rcapture 1.4 computes them (Rivest and
 * Baillargeon; Cormack 1989; Fienberg 1972): a Poisson GLM on the observable cells, N̂ = n + exp(β₀),
 * with the Chao lower-bound model refitted without its negative η, and Mb and Mbh by their closed
 * forms.
 */
final class LogLinear {
  private LogLinear() {}

  /** A fit together with the design and GLM it came from. */
  record Fitted(LogLinearFit result, Design design, PoissonGlm.Fit glm) {}

  /** Fits a model; {@code kind} is "Mb", "Mbh" or anything else for the standard N̂. */
  static Fitted fit(CellData d, String name, Design design, boolean chaoNeg, String kind) {
    double[][] x = design.withIntercept(false);
    PoissonGlm.Fit glm = PoissonGlm.fit(d.y, x, d.offset);
    List<String> warnings = new ArrayList<>(glm.warnings());
    if (chaoNeg) {
      int nca = design.nca();
      while (true) {
        int pos = -1;
        for (int c = nca; c < glm.coefficients().length; c++) {
          double v = glm.coefficients()[c];
          if (!Double.isNaN(v) && v < 0) {
            pos = c;
            break;
          }
        }
        if (pos < 0) {
          break;
        }
        String removed = design.names().get(pos - 1);
        Design smaller = design.without(pos - 1);
        PoissonGlm.Fit refit;
        try {
          refit = PoissonGlm.fit(d.y, smaller.withIntercept(false), d.offset);
        } catch (ArithmeticException e) {
          warnings.add("the negative eta parameter " + removed + " was not removed: " + e.getMessage());
          break;
        }
        warnings.add("eta: " + removed + " was negative and set to 0");
        design = smaller;
        glm = refit;
        warnings.removeIf(w -> w.startsWith("glm"));
        warnings.addAll(glm.warnings());
      }
    }
    double[] b = glm.coefficients();
    double[][] v = glm.covariance();
    int t = d.t;
    double abundance;
    double stderr;
    if (kind.equals("Mb")) {
      double e2 = Math.exp(b[1]);
      double e3 = Math.exp(b[2]);
      double den = 1 + e3 - e2;
      abundance = Math.exp(b[0]) * Math.pow(1 + e3, t) / den;
      double[] g = {1, e2 / den, t * e3 / (1 + e3) - e3 / den};
      for (int i = 0; i < 3; i++) {
        g[i] *= abundance;
      }
      stderr = Math.sqrt(quadratic(g, v) - abundance);
    } else if (kind.equals("Mbh")) {
      double e4 = Math.exp(b[3]);
      double e3 = Math.exp(b[2]);
      double e23 = Math.exp(b[1] + b[2]);
      double den = 1 + e4 - e3;
      double base = Math.exp(b[0]) * Math.pow(1 + e4, t - 1);
      abundance = base * (1 + e23 / den);
      double[] g = {1 + e23 / den, e23 / den, e23 / den + Math.exp(b[1] + 2 * b[2]) / (den * den),
          (t - 1) * e4 / (1 + e4) - Math.exp(b[1] + b[2] + b[3]) / (den * den)};
      for (int i = 0; i < 4; i++) {
        g[i] *= base;
      }
      stderr = Math.sqrt(quadratic(g, v) - abundance);
    } else {
      double e0 = Math.exp(b[0]);
      abundance = d.n + e0;
      stderr = Math.sqrt(e0 + e0 * e0 * v[0][0]);
    }
    double bias = bias(design, glm);
    if (!Double.isNaN(bias) && Math.abs(bias) > 0.1 * abundance) {
      warnings.add("the asymptotic bias is large");
    }
    advise(d, abundance, stderr, warnings);
    double bic = glm.aic() + (Math.log(d.n) - 2) * glm.rank();
    List<LogLinearFit.Coefficient> coefs = new ArrayList<>();
    for (int c = 0; c < b.length; c++) {
      coefs.add(new LogLinearFit.Coefficient(c == 0 ? "Intercept" : design.names().get(c - 1), b[c],
          Math.sqrt(v[c][c])));
    }
    Map<String, Double> params = parameters(d, kind, abundance, b, glm.fitted());
    LogLinearFit r = new LogLinearFit(name, d.n, abundance, stderr, glm.deviance(), glm.dfResidual(), glm.aic(), bic,
        bias, glm.converged(), coefs, params, warnings);
    return new Fitted(r, design, glm);
  }

  /** Rcapture's parameters: capture probabilities from the coefficients or the fitted counts. */
  private static Map<String, Double> parameters(CellData d, String kind, double bigN, double[] b, double[] fitted) {
    Map<String, Double> p = new LinkedHashMap<>();
    int t = d.t;
    switch (kind) {
      case "M0" -> {
        p.put("N", bigN);
        p.put("p", expit(b[1]));
      }
      case "Mt" -> {
        p.put("N", bigN);
        for (int j = 1; j <= t; j++) {
          p.put("p" + j, expit(b[j]));
        }
      }
      case "Mh" -> {
        double s = 0;
        for (int r = 0; r < d.rows; r++) {
          s += d.y[r] * d.nbcap[r];
        }
        p.put("N", bigN);
        p.put("p", s / (t * bigN));
      }
      case "Mth" -> {
        double[] upred = new double[t];
        for (int r = 0; r < d.rows; r++) {
          upred[d.firstCapture(r) - 1] += fitted[r];
        }
        p.put("N", bigN);
        double deno = bigN;
        for (int i = 0; i < t; i++) {
          p.put("p" + (i + 1), upred[i] / deno);
          deno -= upred[i];
        }
      }
      case "Mb" -> {
        p.put("N", bigN);
        p.put("p", 1 - Math.exp(b[1]) / (1 + Math.exp(b[2])));
        p.put("c", expit(b[2]));
      }
      case "Mbh" -> {
        double first = 0;
        for (int r = 0; r < d.rows; r++) {
          if (d.firstCapture(r) == 1) {
            first += fitted[r];
          }
        }
        double pp = first / bigN;
        p.put("N", bigN);
        p.put("p", pp);
        p.put("c", Math.pow(fitted[0] / (bigN * pp), 1.0 / (t - 1)));
      }
      default -> { }
    }
    return p;
  }

  private static double expit(double x) {
    return Math.exp(x) / (1 + Math.exp(x));
  }

  /** Plain-language warnings when the data cannot support the estimate. */
  static void advise(CellData d, double abundance, double stderr, List<String> warnings) {
    if (d.byHistory && !d.hasOverlap()) {
      warnings.add(CaptureHistories.NO_OVERLAP);
    }
    if (!Double.isFinite(abundance)) {
      warnings.add("the estimate is not finite: the model cannot be fitted to these data");
    } else if (abundance < d.n) {
      warnings.add("the estimate " + abundance + " is below the " + d.n + " people observed: the model does not fit"
          + " these data");
    } else if (abundance > 100.0 * d.n) {
      warnings.add("the estimate " + abundance + " is more than 100 times the " + d.n
          + " people observed: the model extrapolates far beyond the data");
    }
    if (!Double.isFinite(stderr)) {
      warnings.add("the standard error is undefined: the estimated variance of N is negative or infinite");
    }
  }

  private static double quadratic(double[] g, double[][] v) {
    double s = 0;
    for (int i = 0; i < g.length; i++) {
      for (int j = 0; j < g.length; j++) {
        s += g[i] * v[i][j] * g[j];
      }
    }
    return s;
  }

  /** Rcapture's asymptotic bias of exp(β₀) (Louis-Paul Rivest's formula), NaN if rank deficient. */
  static double bias(Design design, PoissonGlm.Fit glm) {
    double[] b = glm.coefficients();
    for (double c : b) {
      if (Double.isNaN(c)) {
        return Double.NaN;
      }
    }
    double[][] x = design.withIntercept(false);
    double[][] v = glm.covariance();
    int p = b.length;
    int rows = x.length;
    double[] psi = new double[p];
    for (int r = 0; r < rows; r++) {
      double q = 0;
      for (int i = 0; i < p; i++) {
        double s = 0;
        for (int j = 0; j < p; j++) {
          s += v[i][j] * x[r][j];
        }
        q += x[r][i] * s;
      }
      double xi = -0.5 * q;
      for (int i = 0; i < p; i++) {
        psi[i] += -2 * x[r][i] * glm.fitted()[r] * xi;
      }
    }
    psi[0] -= 1;
    double vec1 = 0;
    for (int j = 0; j < p; j++) {
      vec1 -= v[0][j] * psi[j];
    }
    return 0.5 * Math.exp(b[0]) * vec1;
  }

  /** Every model of Rcapture's closedp.t (or closedp.0 for frequency data), in its order. */
  static List<LogLinearFit> closedp(CellData d) {
    List<LogLinearFit> out = new ArrayList<>();
    Heterogeneity[] hs = {Heterogeneity.CHAO, Heterogeneity.poisson(2), Heterogeneity.DARROCH,
        Heterogeneity.gamma(3.5)};
    if (d.byHistory) {
      out.add(standard(d, "M0", Heterogeneity.NONE));
      out.add(standard(d, "Mt", Heterogeneity.NONE));
      if (d.t > 2) {
        for (Heterogeneity h : hs) {
          out.add(standard(d, "Mh", h));
        }
        for (Heterogeneity h : hs) {
          out.add(standard(d, "Mth", h));
        }
      }
      out.add(standard(d, "Mb", Heterogeneity.NONE));
      if (d.t > 2) {
        out.add(standard(d, "Mbh", Heterogeneity.NONE));
      }
    } else {
      out.add(standard(d, "M0", Heterogeneity.NONE));
      if (d.t > 2) {
        for (Heterogeneity h : hs) {
          out.add(standard(d, "Mh", h));
        }
      }
    }
    return out;
  }

  static String name(String m, Heterogeneity h) {
    return h.kind() == Heterogeneity.Kind.NONE ? m : m + " " + h.label();
  }

  static LogLinearFit standard(CellData d, String m, Heterogeneity h) {
    try {
      return fitStandard(d, m, h).result();
    } catch (ArithmeticException e) {
      return failed(d, name(m, h), e);
    }
  }

  /** A model that could not be fitted at all: NaN values and the reason, as Rcapture's fit.err. */
  static LogLinearFit failed(CellData d, String name, ArithmeticException e) {
    return new LogLinearFit(name, d.n, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
        false, List.of(), Map.of(), List.of("the model could not be fitted (it does not converge): " + e.getMessage()));
  }

  static Fitted fitStandard(CellData d, String m, Heterogeneity h) {
    if ((m.equals("Mh") || m.equals("Mth")) && h.kind() == Heterogeneity.Kind.NONE) {
      throw new IllegalArgumentException(m + " needs a heterogeneity form; got none");
    }
    if (!(m.equals("Mh") || m.equals("Mth")) && h.kind() != Heterogeneity.Kind.NONE) {
      throw new IllegalArgumentException(m + " takes no heterogeneity form; got " + h.kind());
    }
    Design design = Design.standard(d, m, h);
    if (h.kind() == Heterogeneity.Kind.NORMAL) {
      return NormalHeterogeneity.fitModel(d, name(m, h), design);
    }
    return fit(d, name(m, h), design, h.kind() == Heterogeneity.Kind.CHAO, m);
  }

  static Fitted fitHierarchical(CellData d, HierarchicalModel model, Heterogeneity h) {
    Design design = Design.hierarchical(d, model, h);
    String name = model.toString() + (h.kind() == Heterogeneity.Kind.NONE ? "" : " + h=" + h.label());
    if (h.kind() == Heterogeneity.Kind.NORMAL) {
      return NormalHeterogeneity.fitModel(d, name, design);
    }
    return fit(d, name, design, h.kind() == Heterogeneity.Kind.CHAO, "standard");
  }
}
