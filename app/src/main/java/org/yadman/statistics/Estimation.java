package org.yadman.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.yadman.estimate.CaptureHistories;
import org.yadman.estimate.DgaResult;
import org.yadman.estimate.Estimate;
import org.yadman.estimate.Heterogeneity;
import org.yadman.estimate.HierarchicalModel;
import org.yadman.estimate.LcmcrOptions;
import org.yadman.estimate.LcmcrResult;
import org.yadman.estimate.LogLinearFit;
import org.yadman.estimate.Mse;

/**
 * Runs one method of the estimate library on one table of capture histories and turns the result
 * into an {@link EstimateReport}. Bad input fails with the library's message
 * ({@link IllegalArgumentException}); a result the data cannot support keeps its warnings.
 */
public final class Estimation {
    /** dga averages over N = n … n + this many times n (widened while mass remains at the end). */
    private static final int DGA_RANGE_FACTOR = 4;

    private Estimation() {}

    /** The report and, for LCMCR, the pooled draws of N (a stratified total sums them draw by draw). */
    record Run(EstimateReport report, long[] draws) {}

    public static EstimateReport run(CaptureHistories h, EstimateSettings s, LongConsumer sweepsDone) {
        return runWithDraws(h, s, sweepsDone).report();
    }

    static Run runWithDraws(CaptureHistories h, EstimateSettings s, LongConsumer sweepsDone) {
        requireOverlap(h);
        return switch (s.method()) {
            case LOGLINEAR -> new Run(report(loglinear(h, s), h, null), null);
            case LCMCR -> {
                LcmcrResult r = Mse.lcmcr(h, lcmcrOptions(s), sweepsDone);
                long[] draws = r.pooledDraws().stream().mapToLong(Long::longValue).toArray();
                yield new Run(report(r.estimate(), h, Posterior.ofDraws(draws)), draws);
            }
            case DGA -> {
                DgaResult r = dga(h, s);
                yield new Run(report(r.estimate(), h, Posterior.ofDistribution(r.n(), r.posteriorN())), null);
            }
        };
    }

    /**
     * Without anybody on two lists the number missed is not identifiable: log-linear models run off to
     * absurd totals and the Bayesian methods return their prior. That is an error, not an answer.
     */
    static void requireOverlap(CaptureHistories h) {
        long[] counts = h.countsByMask();
        for (int m = 1; m < counts.length; m++) if (Integer.bitCount(m) > 1 && counts[m] > 0) return;
        throw new IllegalArgumentException("nobody was recorded by two or more lists: without overlap the lists say"
                + " nothing about how many were missed, so the total cannot be estimated (check the linkage, or add a list"
                + " that overlaps)");
    }

    /** LCMCR sweeps of the whole run, for a progress bar. */
    public static long totalSweeps(EstimateSettings s) {
        return lcmcrOptions(s).totalSweeps();
    }

    static LcmcrOptions lcmcrOptions(EstimateSettings s) {
        return LcmcrOptions.builder().latentClasses(s.latentClasses()).burnin(s.burnin()).samples((int) s.draws())
                .thinning(EstimateSettings.THINNING).chains(s.chains()).seed(s.seed()).level(s.level()).build();
    }

    private static Estimate loglinear(CaptureHistories h, EstimateSettings s) {
        int k = h.listCount();
        if (k > 9) {
            throw new IllegalArgumentException("log-linear models are named for at most 9 lists; got " + k + ": use --method lcmcr");
        }
        HierarchicalModel model;
        if (s.model() != null) {
            model = HierarchicalModel.parse(s.model(), k);
        } else {
            // closedpMS.t's search: every hierarchical model up to order k − 1 (order 2 beyond 4 lists, where
            // the full search runs to thousands of models), ranked by BIC; the best with a finite estimate wins.
            List<LogLinearFit> ranked = Mse.modelSearch(h, k <= 4 ? k - 1 : 2, Heterogeneity.NONE);
            LogLinearFit best = ranked.stream().filter(f -> Double.isFinite(f.bic()) && Double.isFinite(f.abundance()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "no log-linear model could be fitted to these histories: " + ranked.get(0).warnings()));
            model = HierarchicalModel.parse(best.model(), k);
        }
        return Mse.profileInterval(h, model, Heterogeneity.NONE, s.level());
    }

    private static DgaResult dga(CaptureHistories h, EstimateSettings s) {
        double delta = Double.isNaN(s.delta()) ? 1.0 / (1 << h.listCount()) : s.delta();
        long range = Math.max(1_000, DGA_RANGE_FACTOR * h.observed());
        while (true) {
            DgaResult r = Mse.dga(h, delta, 0, range, s.level());
            boolean massAtEnd = r.estimate().warnings().stream().anyMatch(w -> w.contains("widen maxMissing"));
            if (!massAtEnd || range * 2 > 10_000_000) return r;
            range *= 2;
        }
    }

    static EstimateReport report(Estimate e, CaptureHistories h, Posterior posterior) {
        if (!Double.isFinite(e.estimate())) {
            List<String> why = e.warnings().isEmpty() ? List.of("the model gives no finite estimate") : e.warnings();
            throw new IllegalArgumentException("these histories cannot support an estimate: " + String.join("; ", why));
        }
        List<String> warnings = new ArrayList<>(e.warnings());
        if (Double.isNaN(e.lower()) || Double.isNaN(e.upper())) {
            warnings.add("no interval could be computed for this model and data");
        } else if (Double.isInfinite(e.upper())) {
            warnings.add("the interval has no upper bound within the search range: the data cannot rule out far larger totals");
        }
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        e.diagnostics().forEach((name, value) -> {
            if (Double.isFinite(value)) diagnostics.put(name, value);
        });
        return new EstimateReport(e.estimate(), EstimateReport.bound(e.lower()), EstimateReport.bound(e.upper()),
                e.level(), e.method(), e.model(), e.observed(), h.lists(), diagnostics, warnings, null, List.of(), posterior);
    }
}
