package org.yadman.statistics;

import java.util.List;
import java.util.Map;

/**
 * What an estimate run tells a reader: the library's numbers with every non-finite value replaced by
 * null and a sentence (a user never sees NaN). Immutable.
 *
 * @param estimate the point estimate of N
 * @param lower lower bound of the interval, or null when none could be computed
 * @param upper upper bound, or null when none could be found (see warnings)
 * @param level the interval's coverage
 * @param method how it was computed
 * @param model which model
 * @param observed documented persons (on at least one list)
 * @param lists the list names, in history order
 * @param diagnostics finite diagnostics only
 * @param warnings plain-language warnings
 * @param stratifiedBy the stratification ("prison", …) or null
 * @param strata one report per stratum when stratified; empty otherwise
 * @param posterior the posterior histogram (LCMCR, dga) or null (log-linear)
 */
public record EstimateReport(double estimate, Double lower, Double upper, double level, String method, String model,
        long observed, List<String> lists, Map<String, Double> diagnostics, List<String> warnings, String stratifiedBy,
        List<Stratum> strata, Posterior posterior) {

    public EstimateReport {
        if (!Double.isFinite(estimate)) throw new IllegalStateException("a report needs a finite estimate; got " + estimate);
        lists = List.copyOf(lists);
        diagnostics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(diagnostics)); // stable order
        warnings = List.copyOf(warnings);
        strata = List.copyOf(strata);
    }

    /**
     * One stratum: its report, or null with a reason when it was too thin to estimate.
     *
     * @param name the stratum's value (a prison, a month, "unknown")
     * @param observed documented persons in it
     * @param report its estimate, or null when thin
     * @param thinReason why it was not estimated, or null
     */
    public record Stratum(String name, long observed, EstimateReport report, String thinReason) {}

    /** The bound if finite, else null. */
    static Double bound(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
