package org.yadman.estimate;

import java.util.List;
import java.util.Map;

/**
 * A population-size estimate with its interval and the evidence behind it. Immutable.
 *
 * @param estimate the point estimate of the total population N (observed plus unobserved)
 * @param lower the lower bound of the interval (NaN when none could be computed)
 * @param upper the upper bound (+∞ when the search reached its limit without finding it)
 * @param level the interval's nominal coverage, e.g. 0.95
 * @param method how it was computed, e.g. "log-linear Poisson, profile likelihood" or "LCMCR"
 * @param model the model, e.g. "[123,14,34]" or "LCMCR K=10"
 * @param observed the number of distinct people observed on at least one list, n
 * @param diagnostics named numbers that qualify the estimate (deviance, AIC, ESS, R-hat, …)
 * @param warnings plain-language warnings about what the data cannot support; empty when none
 */
public record Estimate(double estimate, double lower, double upper, double level, String method, String model,
    long observed, Map<String, Double> diagnostics, List<String> warnings) {
  public Estimate {
    diagnostics = Map.copyOf(diagnostics);
    warnings = List.copyOf(warnings);
  }
}
