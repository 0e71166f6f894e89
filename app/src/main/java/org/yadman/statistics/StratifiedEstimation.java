package org.yadman.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.yadman.estimate.CaptureHistories;

/**
 * Estimates each stratum on its own and adds them up. A stratum too thin to say anything (fewer
 * than {@link #MIN_OBSERVED} persons, fewer than {@link #MIN_OVERLAP} on two or more lists, or a
 * table the library rejects, e.g. a list that caught nobody there) is not estimated: its documented
 * count enters the total as it is, and a warning names it, because the total then understates it.
 *
 * <p>The total's interval: for LCMCR, the strata's draws are added draw by draw (independent
 * posteriors), which gives the posterior of the sum; for log-linear and dga, the strata's bounds are
 * added, which is wider than the sum's interval (conservative), and a warning says so.
 */
public final class StratifiedEstimation {
    public static final int MIN_OBSERVED = 30;
    public static final int MIN_OVERLAP = 5;

    private StratifiedEstimation() {}

    public static EstimateReport run(CaptureHistoryQuery.Table table, String stratifiedBy, EstimateSettings s,
            LongConsumer sweepsDone) {
        List<EstimateReport.Stratum> strata = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<long[]> draws = new ArrayList<>();
        long thinObserved = 0;
        long observed = 0;
        double estimate = 0;
        double lower = 0;
        double upper = 0;
        boolean boundsKnown = true;
        for (Map.Entry<String, long[]> entry : table.countsByStratum().entrySet()) {
            String name = entry.getKey();
            long[] counts = entry.getValue();
            long n = Arrays.stream(counts).sum();
            observed += n;
            String thin = thinReason(table.lists(), counts, n);
            if (thin != null) {
                strata.add(new EstimateReport.Stratum(name, n, null, thin));
                warnings.add("stratum '" + name + "' (" + n + " documented) is too thin to estimate: " + thin
                        + "; its documented count is added as it is, so the total understates it");
                thinObserved += n;
                continue;
            }
            Estimation.Run run = Estimation.runWithDraws(CaptureHistoryQuery.Table.histories(table.lists(), counts), s, sweepsDone);
            EstimateReport r = run.report();
            strata.add(new EstimateReport.Stratum(name, n, r, null));
            for (String w : r.warnings()) warnings.add("stratum '" + name + "': " + w);
            estimate += r.estimate();
            if (r.lower() == null || r.upper() == null) boundsKnown = false;
            else {
                lower += r.lower();
                upper += r.upper();
            }
            if (run.draws() != null) draws.add(run.draws());
        }
        int estimated = (int) strata.stream().filter(st -> st.report() != null).count();
        if (estimated == 0) {
            throw new IllegalArgumentException("every stratum is too thin to estimate (each needs at least " + MIN_OBSERVED
                    + " documented persons and " + MIN_OVERLAP + " on two or more lists); estimate without --stratify");
        }
        Posterior posterior = null;
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("strata", (double) strata.size());
        diagnostics.put("thinStrata", (double) (strata.size() - estimated));
        EstimateReport first = strata.stream().filter(st -> st.report() != null).findFirst().orElseThrow().report();
        if (s.method() == EstimateSettings.Method.LCMCR) {
            long[] total = new long[draws.get(0).length];
            for (long[] d : draws) for (int i = 0; i < total.length; i++) total[i] += d[i];
            for (int i = 0; i < total.length; i++) total[i] += thinObserved;
            long[] sorted = total.clone();
            Arrays.sort(sorted);
            double tail = (1 - s.level()) / 2;
            estimate = quantile(sorted, 0.5);
            lower = quantile(sorted, tail);
            upper = quantile(sorted, 1 - tail);
            posterior = Posterior.ofDraws(total);
        } else {
            estimate += thinObserved;
            lower += thinObserved;
            upper += thinObserved;
            if (boundsKnown) {
                warnings.add("the total's interval adds the strata's bounds, so it is wider than the interval of the sum");
            }
        }
        return new EstimateReport(estimate, boundsKnown ? lower : null, boundsKnown ? upper : null, s.level(),
                first.method() + ", summed over strata", "per stratum", observed, table.lists(), diagnostics, warnings,
                stratifiedBy, strata, posterior);
    }

    /** Why a stratum cannot be estimated, or null when it can. */
    static String thinReason(List<String> lists, long[] counts, long n) {
        if (n < MIN_OBSERVED) return "fewer than " + MIN_OBSERVED + " documented persons";
        long overlap = 0;
        for (int m = 1; m < counts.length; m++) if (Integer.bitCount(m) > 1) overlap += counts[m];
        if (overlap < MIN_OVERLAP) return "only " + overlap + " persons on two or more lists (at least " + MIN_OVERLAP + " needed)";
        try {
            CaptureHistoryQuery.Table.histories(lists, counts);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The same quantile rule as the library's LCMCR summary (type 7, as R's default). */
    private static double quantile(long[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
