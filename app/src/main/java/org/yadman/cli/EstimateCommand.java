package org.yadman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.yadman.estimate.CaptureHistories;
import org.yadman.statistics.CaptureHistoryQuery;
import org.yadman.statistics.EstimateJson;
import org.yadman.statistics.EstimateReport;
import org.yadman.statistics.EstimateRuns;
import org.yadman.statistics.EstimateSettings;
import org.yadman.statistics.Estimation;
import org.yadman.statistics.HistoriesCsv;
import org.yadman.statistics.ListDefinition;
import org.yadman.statistics.Stratification;
import org.yadman.statistics.StratifiedEstimation;
import org.yadman.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yadman estimate}: how many people in total, from the current linkage or a capture-history CSV. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Estimate the total number of victims, documented and undocumented, by multiple systems estimation.",
                "Persons are the current linkage clusters; a list is a source, or a named group of sources (--list).",
                "Or read capture histories from a CSV file (--histories): list columns of 0/1 and a 'freq' column."})
public final class EstimateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOptions database;

    @Option(names = "--histories", paramLabel = "FILE", description = "Capture histories: list columns (0/1) and 'freq'.")
    Path histories;

    @Option(names = "--list", paramLabel = "NAME=SOURCE[,SOURCE]",
            description = "A list made of one or more sources (repeat for each list). Default: every source is a list.")
    List<String> lists = new ArrayList<>();

    @Option(names = "--stratify", paramLabel = "BY", description = "Estimate per prison, city, sex or period (month of death) and add up.")
    String stratify;

    @Option(names = "--method", defaultValue = "loglinear", description = "loglinear (default), lcmcr or dga.")
    String method;

    @Option(names = "--model", paramLabel = "MODEL", description = "A log-linear model such as [123,14,34]; default: the best by BIC.")
    String model;

    @Option(names = "--level", defaultValue = "0.95", description = "Coverage of the interval (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--sweeps", defaultValue = "100000", description = "LCMCR sweeps per chain after burn-in, one draw kept every 100 (default: ${DEFAULT-VALUE}).")
    long sweeps;

    @Option(names = "--burnin", defaultValue = "10000", description = "LCMCR burn-in sweeps per chain (default: ${DEFAULT-VALUE}).")
    int burnin;

    @Option(names = "--chains", defaultValue = "4", description = "LCMCR chains (default: ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--classes", defaultValue = "10", description = "LCMCR latent classes K (default: ${DEFAULT-VALUE}).")
    int classes;

    @Option(names = "--seed", defaultValue = "1", description = "LCMCR seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--delta", description = "dga's hyper-Dirichlet delta (default: 1/2^lists).")
    Double delta;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--store", description = "Keep the result in the database; the statistics page shows the latest.")
    boolean store;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            EstimateSettings settings = new EstimateSettings(EstimateSettings.Method.fromCode(method), model, level, classes,
                    sweeps, burnin, chains, seed, delta == null ? Double.NaN : delta);
            Stratification by = stratify == null ? null : Stratification.fromCode(stratify);
            if (histories != null && (by != null || !lists.isEmpty() || store)) {
                throw new IllegalArgumentException("--histories cannot be combined with --stratify, --list or --store,"
                        + " which read the registry");
            }
            EstimateReport report;
            if (histories != null) {
                CaptureHistories h = HistoriesCsv.read(histories);
                report = withProgress(settings, 1, bar -> Estimation.run(h, settings, bar));
            } else {
                try (Database db = database.open()) {
                    CaptureHistoryQuery query = new CaptureHistoryQuery(db.jdbi());
                    List<ListDefinition> chosen = lists.isEmpty() ? query.sourcesAsLists()
                            : lists.stream().map(ListDefinition::parse).toList();
                    CaptureHistoryQuery.Table table = query.table(chosen, by);
                    if (by == null) {
                        CaptureHistories h = table.total();
                        report = withProgress(settings, 1, bar -> Estimation.run(h, settings, bar));
                    } else {
                        report = withProgress(settings, table.countsByStratum().size(),
                                bar -> StratifiedEstimation.run(table, by.code(), settings, bar));
                    }
                    if (store) new EstimateRuns(db.jdbi()).store(report, Clock.systemUTC().instant());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? EstimateJson.write(report) : text(report));
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("yadman estimate: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private interface Work {
        EstimateReport run(LongConsumer sweepsDone);
    }

    private static EstimateReport withProgress(EstimateSettings s, int runs, Work work) {
        if (s.method() != EstimateSettings.Method.LCMCR) return work.run(n -> { });
        LongConsumer bar = ProgressBar.onTerminal(runs * Estimation.totalSweeps(s), "sweeps");
        try {
            return work.run(bar);
        } finally {
            if (bar instanceof ProgressBar p) p.close();
        }
    }

    static String text(EstimateReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "estimate  %,.0f%n", r.estimate()));
        String interval = r.lower() == null ? "none could be computed (see warnings)"
                : String.format(Locale.ROOT, "%,.0f to %s", r.lower(),
                        r.upper() == null ? "no upper bound found" : String.format(Locale.ROOT, "%,.0f", r.upper()));
        sb.append(String.format(Locale.ROOT, "%.0f%% interval  %s%n", 100 * r.level(), interval));
        sb.append(String.format(Locale.ROOT, "observed  %,d on %d lists (%s)%n", r.observed(), r.lists().size(),
                String.join(", ", r.lists())));
        sb.append("method    ").append(r.method()).append('\n');
        sb.append("model     ").append(r.model()).append('\n');
        r.diagnostics().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-14s %s%n", k,
                v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.6g", v))));
        for (EstimateReport.Stratum s : r.strata()) {
            sb.append(String.format(Locale.ROOT, "stratum %-20s observed %,d  ", s.name(), s.observed()));
            if (s.report() == null) sb.append("too thin: ").append(s.thinReason()).append('\n');
            else sb.append(String.format(Locale.ROOT, "estimate %,.0f%n", s.report().estimate()));
        }
        for (String w : r.warnings()) sb.append("warning: ").append(w).append('\n');
        return sb.toString().stripTrailing();
    }
}
