package org.yadman.estimate;

import java.util.List;

/**
 * One fitted log-linear model, with the columns of Rcapture's {@code closedp.t} table. Immutable.
 *
 * @param model Rcapture's name ("Mth Chao (LB)", "[123,14,34]", …)
 * @param observed n, the number of people observed
 * @param abundance N̂ = n + exp(β₀) (Mb and Mbh use their closed forms)
 * @param stderr the standard error of N̂ as Rcapture computes it
 * @param deviance the Poisson deviance
 * @param df residual degrees of freedom: observable cells minus estimated coefficients
 * @param aic R's glm AIC (with the −log y! terms)
 * @param bic AIC + (log n − 2)·rank
 * @param bias Rcapture's asymptotic bias of N̂ (NaN if the design is rank deficient)
 * @param converged whether IRLS met its criterion within 25 iterations
 * @param coefficients every estimated coefficient, the intercept first
 * @param parameters Rcapture's demographic parameters for the standard models: N and the capture
 *     probabilities p (or p1…pt), and c (recapture) for Mb and Mbh; empty for custom models
 * @param warnings what the fit reported (non-convergence, rank deficiency, large bias, dropped η) and
 *     plain-language advice when the data cannot support the estimate; a NaN or infinite value above
 *     always comes with a warning that says why
 */
public record LogLinearFit(String model, long observed, double abundance, double stderr, double deviance, int df,
    double aic, double bic, double bias, boolean converged, List<Coefficient> coefficients,
    java.util.Map<String, Double> parameters, List<String> warnings) {

  public LogLinearFit {
    coefficients = List.copyOf(coefficients);
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    warnings = List.copyOf(warnings);
  }

  /** A coefficient and its standard error; NaN when the column was not estimable. */
  public record Coefficient(String name, double estimate, double stderr) {}

  /**
   * Rcapture's infoFit code from the fit's own warnings: 0 fine, 1 non-convergence or large bias, 2 rank
   * deficient, 3 another glm warning, combined as digits (e.g. 12). Plain-language advice about the data
   * (which Rcapture does not give) is not counted.
   */
  public int infoFit() {
    boolean one = false;
    boolean two = false;
    boolean three = false;
    for (String w : warnings) {
      if (w.contains("converge") || w.contains("asymptotic bias is large")) {
        one = true;
      } else if (w.contains("design matrix not of full rank")) {
        two = true;
      } else if (w.startsWith("glm")) {
        three = true;
      }
    }
    StringBuilder sb = new StringBuilder();
    if (one) {
      sb.append(1);
    }
    if (two) {
      sb.append(2);
    }
    if (three) {
      sb.append(3);
    }
    return sb.length() == 0 ? 0 : Integer.parseInt(sb.toString());
  }
}
