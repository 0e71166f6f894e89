package org.yadman.statistics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yadman.web.Lang;
import org.yadman.web.Page;
import org.yadman.web.Web;
import org.yadman.web.WebServer;

/**
 * The public statistics page: documented counts, and the latest stored estimate (from
 * {@code yadman estimate --store}) with its interval, a plot, and what it means and assumes.
 * Estimating on a page view would take seconds to minutes, so the page never estimates.
 */
public final class StatisticsRoutes implements WebServer.Capability {
    @Override
    public void routes(JavalinConfig cfg) {
        for (String lang : new String[] {"en", "fa"}) {
            cfg.routes.get("/" + lang + "/statistics", this::page);
        }
    }

    /** Documented records per source, as the page lists them. */
    public record SourceCount(String name, long records) {}

    /** A stored estimate written out for one language. */
    public record Shown(String estimate, String lower, String upper, String level, String observed, String methodKey,
            String model, String lists, String date, List<String> warnings, String stratifiedBy, List<StratumRow> strata) {}

    /** One stratum row: its name (null for persons without the fact), documented count, and estimate or null when too thin. */
    public record StratumRow(String name, String observed, String estimate, String lower, String upper) {}

    private void page(Context ctx) {
        Lang lang = Web.lang(ctx);
        var jdbi = Web.site(ctx).database().jdbi();
        Map<String, Object> counts = jdbi.withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM publication WHERE withdrawn_at IS NULL) AS persons,
                       (SELECT count(*) FROM source_record) AS records,
                       (SELECT count(*) FROM source) AS sources""").mapToMap().one());
        List<SourceCount> perSource = jdbi.withHandle(h -> h.createQuery("""
                SELECT s.name, count(r.id) AS records FROM source s LEFT JOIN source_record r ON r.source_id = s.id
                GROUP BY s.id, s.name ORDER BY s.id""")
                .map((rs, c) -> new SourceCount(rs.getString(1), rs.getLong(2))).list());
        Map<String, Object> model = new HashMap<>();
        model.put("page", Page.of(ctx, "statistics.title"));
        model.put("persons", ((Number) counts.get("persons")).longValue());
        model.put("records", ((Number) counts.get("records")).longValue());
        model.put("sources", ((Number) counts.get("sources")).longValue());
        model.put("perSource", perSource);
        var latest = new EstimateRuns(jdbi).latest();
        model.put("shown", latest.map(run -> shown(run, lang)).orElse(null));
        model.put("plot", latest.map(run -> PosteriorPlot.of(run.report(), lang)).orElse(null));
        model.put("hasPosterior", latest.map(run -> run.report().posterior() != null).orElse(false));
        Web.render(ctx, "statistics/page.jte", model);
    }

    private static String rounded(Double value, Lang lang) {
        return value == null ? null : lang.number(Math.round(value));
    }

    /** An ISO date (digits and dashes) in the language's digits. */
    private static String digits(String isoDate, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (char c : isoDate.toCharArray()) out.append(Character.isDigit(c) ? lang.number(c - '0') : String.valueOf(c));
        return out.toString();
    }

    static Shown shown(EstimateRuns.Stored run, Lang lang) {
        EstimateReport r = run.report();
        String method = r.method().startsWith("LCMCR") ? "lcmcr"
                : r.method().startsWith("decomposable") ? "dga" : "loglinear";
        return new Shown(lang.number(Math.round(r.estimate())),
                r.lower() == null ? null : lang.number(Math.round(r.lower())),
                r.upper() == null ? null : lang.number(Math.round(r.upper())),
                lang.number(Math.round(100 * r.level())), lang.number(r.observed()), "statistics.method." + method,
                r.model(), String.join(lang == Lang.FA ? "، " : ", ", r.lists()),
                // isolated left-to-right, so that a Persian sentence does not show the date back to front
                "\u2066" + digits(run.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), lang) + "\u2069",
                r.warnings(), r.stratifiedBy(), run.strata().stream().map(st -> new StratumRow(
                        Stratification.UNKNOWN.equals(st.name()) ? null : st.name(), lang.number(st.observed()),
                        rounded(st.estimate(), lang), rounded(st.lower(), lang), rounded(st.upper(), lang))).toList());
    }
}
