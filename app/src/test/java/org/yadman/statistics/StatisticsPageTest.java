package org.yadman.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.estimate.CaptureHistories;
import org.yadman.testing.RunningSite;

/** /en/statistics and /fa/statistics on the real server, from a stored estimate. */
class StatisticsPageTest {
    private static CaptureHistories threeLists() {
        return CaptureHistories.builder("families", "rights", "published")
                .add(new int[] {1, 0, 0}, 60).add(new int[] {0, 1, 0}, 49).add(new int[] {1, 1, 0}, 4)
                .add(new int[] {0, 0, 1}, 247).add(new int[] {1, 0, 1}, 112).add(new int[] {0, 1, 1}, 142)
                .add(new int[] {1, 1, 1}, 12).build();
    }

    @Test
    void showsTheLatestStoredEstimateWithPlotInBothLanguages() {
        try (var site = RunningSite.start()) {
            var runs = new EstimateRuns(site.database().jdbi());
            var settings = new EstimateSettings(EstimateSettings.Method.LCMCR, null, 0.95, 5, 2_000, 500, 2, 11, Double.NaN);
            EstimateReport lcmcr = Estimation.run(threeLists(), settings, n -> { });
            runs.store(Estimation.run(threeLists(), EstimateSettings.defaults(EstimateSettings.Method.LOGLINEAR), n -> { }),
                    Instant.parse("2026-01-01T00:00:00Z"));
            runs.store(lcmcr, Instant.parse("2026-02-03T00:00:00Z"));
            site.database().jdbi().useHandle(h -> h.execute("INSERT INTO source (name) VALUES ('families'), ('rights')"));

            String en = site.get("/en/statistics").body();
            long estimate = Math.round(lcmcr.estimate());
            assertThat(en).contains(String.format(java.util.Locale.ROOT, "<strong>%,d</strong>", estimate))
                    .contains(String.format(java.util.Locale.ROOT, "95%% uncertainty interval from %,d to %,d",
                            Math.round(lcmcr.lower()), Math.round(lcmcr.upper())))
                    .contains("From 626 distinct persons documented on the lists families, rights, published")
                    .contains("a latent class model (LCMCR)")
                    .contains("Computed on \u20662026-02-03\u2069.")
                    .contains("<svg").contains("The interval is not a guarantee").contains("closed population")
                    .doesNotContain("NaN").doesNotContain("style=").doesNotContain("<script");
            assertThat(en).containsPattern("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"[0-9.]+\" fill=\"#5b7fa6\"/>");

            var fa = site.get("/fa/statistics");
            assertThat(fa.statusCode()).isEqualTo(200);
            assertThat(fa.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(fa.body()).contains("<html lang=\"fa\" dir=\"rtl\">")
                    .contains("<strong>" + org.yadman.web.Lang.FA.number(estimate) + "</strong>")
                    .contains("بازهٔ عدم قطعیت ۹۵٪ از " + org.yadman.web.Lang.FA.number(Math.round(lcmcr.lower())))
                    .contains("<svg").contains("این بازه تضمین نیست").contains("\u2066۲۰۲۶-۰۲-۰۳\u2069").contains("families، rights، published").contains("<strong>۲</strong>")
                    .doesNotContain("NaN");
            // the persian axis labels use Persian digits
            assertThat(fa.body()).containsPattern("<text [^>]*>[۰-۹٬]+</text>");
            assertThat(en).contains("href=\"/en/statistics\"");
        }
    }

    @Test
    void withoutAStoredEstimateOrWithoutBoundsThePageSaysSoInWords() {
        try (var site = RunningSite.start()) {
            assertThat(site.get("/en/statistics").body()).contains("No estimate has been computed yet.").doesNotContain("<svg");
            assertThat(site.get("/fa/statistics").body()).contains("هنوز برآوردی محاسبه نشده است.");

            EstimateReport unbounded = new EstimateReport(1200, 900.0, null, 0.95, "log-linear Poisson, profile likelihood",
                    "[12,3]", 800, List.of("a", "b", "c"), Map.of("deviance", 3.2), List.of("the upper bound lies beyond 3600"),
                    null, List.of(), null);
            new EstimateRuns(site.database().jdbi()).store(unbounded, Instant.parse("2026-03-01T00:00:00Z"));
            String en = site.get("/en/statistics").body();
            assertThat(en).contains("the 95% interval starts at 900; the data cannot set an upper limit")
                    .contains("a log-linear model").contains("<svg").contains("1 technical notes")
                    .doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(site.get("/fa/statistics").body()).contains("داده‌ها حد بالایی را تعیین نمی‌کنند").doesNotContain("NaN");
        }
    }
}
