package org.yadman.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yadman.estimate.CaptureHistories;
import org.yadman.estimate.Heterogeneity;
import org.yadman.estimate.Mse;
import org.yadman.store.Database;
import org.yadman.testing.Cli;
import org.yadman.testing.TestDatabases;

/** {@code yadman estimate --stratify prison} over a registry with two full strata and a thin one. */
class StratifiedEstimateTest {
    private static final String[] LISTS = {"A", "B", "C"};
    /** Histories 100, 010, 110, 001, 101, 011, 111 (bit j = list j). */
    private static final int[][] FLAGS = {{1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {0, 0, 1}, {1, 0, 1}, {0, 1, 1}, {1, 1, 1}};
    private static final int[] EVIN = {60, 49, 4, 247, 112, 142, 12};
    private static final int[] GOHARDASHT = {40, 30, 10, 90, 30, 40, 8};

    private static CaptureHistories histories(int[] counts) {
        var b = CaptureHistories.builder(LISTS);
        for (int i = 0; i < FLAGS.length; i++) b.add(FLAGS[i], counts[i]);
        return b.build();
    }

    private static double libraryEstimate(CaptureHistories h) {
        var best = Mse.modelSearch(h, 2, Heterogeneity.NONE).get(0);
        return Mse.profileInterval(h, org.yadman.estimate.HierarchicalModel.parse(best.model(), 3), Heterogeneity.NONE, 0.95)
                .estimate();
    }

    @Test
    void strataAreEstimatedOneByOneAndSummedWithAWarningForTheThinOne() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            Registry r = new Registry(db.jdbi());
            for (String s : LISTS) r.source(s);
            for (int i = 0; i < FLAGS.length; i++) {
                r.people(LISTS, FLAGS[i], EVIN[i], "prison", "Evin");
                r.people(LISTS, FLAGS[i], GOHARDASHT[i], "prison", "Gohardasht");
            }
            r.people(LISTS, FLAGS[0], 6, "prison", "Qezel Hesar"); // thin: 6 persons, nobody on two lists
            r.people(LISTS, FLAGS[6], 2, "prison", "Qezel Hesar");

            String printed = Cli.run(Cli.against(db, "estimate", "--stratify", "prison", "--json", "--store",
                    "--db-password-env", "YADMAN_TEST_NO_SUCH_VARIABLE")).succeeded();
            JsonNode j = new ObjectMapper().readTree(printed);

            double evin = libraryEstimate(histories(EVIN));
            double gohardasht = libraryEstimate(histories(GOHARDASHT));
            assertThat(j.get("stratifiedBy").asText()).isEqualTo("prison");
            assertThat(j.get("observed").asLong()).isEqualTo(626 + 248 + 8);
            assertThat(j.get("estimate").asDouble()).isCloseTo(evin + gohardasht + 8, within(1e-6));
            JsonNode strata = j.get("strata");
            assertThat(strata).hasSize(3);
            assertThat(strata.get(0).get("stratum").asText()).isEqualTo("evin prison");
            assertThat(strata.get(0).get("estimate").asDouble()).isCloseTo(evin, within(1e-9));
            assertThat(strata.get(1).get("stratum").asText()).isEqualTo("ghezel hesar prison");
            assertThat(strata.get(1).get("thin").asText()).contains("fewer than 30 documented persons");
            assertThat(strata.get(2).get("stratum").asText()).isEqualTo("gohardasht prison");
            assertThat(strata.get(2).get("estimate").asDouble()).isCloseTo(gohardasht, within(1e-9));
            assertThat(j.get("warnings").toString()).contains("stratum 'ghezel hesar prison' (8 documented) is too thin to estimate")
                    .contains("wider than the interval of the sum");
            double lowerSum = strata.get(0).get("lower").asDouble() + strata.get(2).get("lower").asDouble() + 8;
            assertThat(j.get("lower").asDouble()).isCloseTo(lowerSum, within(1e-6));
            assertThat(printed).doesNotContain("NaN");

            var stored = new EstimateRuns(db.jdbi()).latest().orElseThrow().report();
            assertThat(stored.estimate()).isCloseTo(j.get("estimate").asDouble(), within(1e-9));
            assertThat(stored.stratifiedBy()).isEqualTo("prison");

            // the statistics page lists the strata, the thin one in words
            try (var site = org.yadman.testing.RunningSite.start(db, java.time.Clock.systemUTC())) {
                String en = site.get("/en/statistics").body();
                assertThat(en).contains("Estimated separately by prison and added up.")
                        .contains("<bdi>ghezel hesar prison</bdi></td><td>8</td>")
                        .contains("too few records to estimate; counted as documented").doesNotContain("per stratum")
                        .contains(String.format(java.util.Locale.ROOT, "%,d (", Math.round(evin))).doesNotContain("NaN");
                String fa = site.get("/fa/statistics").body();
                assertThat(fa).contains("جداگانه بر حسب زندان برآورد").contains("<bdi>ghezel hesar prison</bdi></td><td>۸</td>")
                        .contains("سوابق برای برآورد کافی نیست").doesNotContain("NaN");
            }
        }
    }

    @Test
    void lcmcrStrataAreAddedDrawByDraw() {
        var table = new CaptureHistoryQuery.Table(java.util.List.of(LISTS), new java.util.TreeMap<>(java.util.Map.of(
                "a", masks(EVIN), "b", masks(GOHARDASHT))));
        var settings = new EstimateSettings(EstimateSettings.Method.LCMCR, null, 0.95, 5, 1_000, 200, 2, 3, Double.NaN);
        EstimateReport total = StratifiedEstimation.run(table, "prison", settings, n -> { });
        EstimateReport a = total.strata().get(0).report();
        EstimateReport b = total.strata().get(1).report();
        double sum = a.estimate() + b.estimate();
        assertThat(total.estimate()).isCloseTo(sum, within(0.1 * sum));
        assertThat(sum).isBetween(total.lower(), total.upper());
        // independent strata: the sum's interval is narrower than the sum of the intervals
        assertThat(total.upper() - total.lower()).isLessThan(a.upper() - a.lower() + b.upper() - b.lower());
        assertThat(total.warnings()).noneMatch(w -> w.contains("wider than"));
        assertThat(total.posterior()).isNotNull();
        assertThat(total.observed()).isEqualTo(626 + 248);
    }

    private static long[] masks(int[] counts) {
        long[] byMask = new long[8];
        for (int i = 0; i < FLAGS.length; i++) {
            int m = FLAGS[i][0] | FLAGS[i][1] << 1 | FLAGS[i][2] << 2;
            byMask[m] = counts[i];
        }
        return byMask;
    }
}
