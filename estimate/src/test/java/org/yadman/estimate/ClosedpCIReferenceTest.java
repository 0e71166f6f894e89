package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * closedpCI intervals against Rcapture, all 23 reference runs: Poisson fit to 1e-6, multinomial N̂ and
 * both profile bounds to 1e-3 relative (R's root tolerance is 1e-4); the normal-heterogeneity run
 * (diabetes, [13,24,34], found by fitting every 3-interaction model) has Chao's log-normal bounds.
 */
class ClosedpCIReferenceTest {

  static CaptureHistories data(String file) {
    return SharedData.histories(file);
  }

  static HierarchicalModel m(String name, int lists) {
    return HierarchicalModel.parse(name, lists);
  }

  static Stream<Arguments> cases() {
    String hare = "rcapture_hare.csv";
    String hiv = "rcapture_HIV.csv";
    String les = "rcapture_lesbian.csv";
    String kos = "lcmcr_kosovo_aggregate.csv";
    String my3 = "dga_MY_3list_example.csv";
    String my5 = "dga_MY_5list_example.csv";
    return Stream.of(
        c("hare_M0", () -> Mse.profileInterval(data(hare), "M0", Heterogeneity.NONE, 0.95)),
        c("hare_Mt", () -> Mse.profileInterval(data(hare), "Mt", Heterogeneity.NONE, 0.95)),
        c("hare_Mh_Chao", () -> Mse.profileInterval(data(hare), "Mh", Heterogeneity.CHAO, 0.95)),
        c("hare_Mh_Darroch", () -> Mse.profileInterval(data(hare), "Mh", Heterogeneity.DARROCH, 0.95)),
        c("hare_Mth_Poisson2", () -> Mse.profileInterval(data(hare), "Mth", Heterogeneity.poisson(2), 0.95)),
        c("HIV_Mt_c1c2", () -> Mse.profileInterval(data(hiv), m("[12,3,4]", 4), Heterogeneity.NONE, 0.95)),
        c("HIV_Mt", () -> Mse.profileInterval(data(hiv), "Mt", Heterogeneity.NONE, 0.95)),
        c("lesbian_Darroch_12_13_14",
            () -> Mse.profileInterval(data(les), m("[12,13,14]", 4), Heterogeneity.DARROCH, 0.95)),
        c("lesbian_Mt", () -> Mse.profileInterval(data(les), "Mt", Heterogeneity.NONE, 0.95)),
        c("kosovo_Mt_indep", () -> Mse.profileInterval(data(kos), m("[1,2,3,4]", 4), Heterogeneity.NONE, 0.95)),
        c("kosovo_all_pairs",
            () -> Mse.profileInterval(data(kos), m("[12,13,14,23,24,34]", 4), Heterogeneity.NONE, 0.95)),
        c("kosovo_123_14_34_bestBIC",
            () -> Mse.profileInterval(data(kos), m("[123,14,34]", 4), Heterogeneity.NONE, 0.95)),
        c("kosovo_123_134", () -> Mse.profileInterval(data(kos), m("[123,134]", 4), Heterogeneity.NONE, 0.95)),
        c("kosovo_Mth_Chao", () -> Mse.profileInterval(data(kos), "Mth", Heterogeneity.CHAO, 0.95)),
        c("kosovo_Mth_Darroch", () -> Mse.profileInterval(data(kos), "Mth", Heterogeneity.DARROCH, 0.95)),
        c("mvole3_Mh_negPoisson", () -> Mse.profileInterval(data("rcapture_mvole_period3.csv"), "Mh",
            Heterogeneity.poisson(0.5), 0.95)),
        c("BBS2001_Mh_Gamma3.5", () -> Mse.profileInterval0(SharedData.frequencies("rcapture_BBS2001_nbcap.csv"),
            50, 20, Heterogeneity.gamma(3.5), 0.95)),
        c("ill_Mh_LB", () -> Mse.profileInterval0(SharedData.frequencies("rcapture_ill_nbcap.csv"), 0, 0,
            Heterogeneity.CHAO, 0.95)),
        c("diabetes_normal_I", () -> Mse.profileInterval(data("rcapture_diabetes_example.csv"), m("[13,24,34]", 4),
            Heterogeneity.NORMAL, 0.95)),
        c("MY3_all_pairs", () -> Mse.profileInterval(data(my3), m("[12,13,23]", 3), Heterogeneity.NONE, 0.95)),
        c("MY3_12", () -> Mse.profileInterval(data(my3), m("[12,3]", 3), Heterogeneity.NONE, 0.95)),
        c("MY5_all_pairs", () -> Mse.profileInterval(data(my5), m("[12,13,14,15,23,24,25,34,35,45]", 5),
            Heterogeneity.NONE, 0.95)),
        c("MY5_12_13_24_45",
            () -> Mse.profileInterval(data(my5), m("[12,13,24,45]", 5), Heterogeneity.NONE, 0.95)));
  }

  private static Arguments c(String label, Supplier<Estimate> run) {
    return Arguments.of(label, run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesRcapture(String label, Supplier<Estimate> run) {
    SharedData.Csv ref = SharedData.csv("rcapture/closedpCI_summary.csv");
    String[] row = ref.rows().stream().filter(r -> r[0].equals(label)).findFirst().orElseThrow();
    Estimate e = run.get();
    assertThat(e.observed()).isEqualTo((long) SharedData.num(row[ref.col("n")]));
    ClosedpReferenceTest.close(label + " poisson N", e.estimate(), SharedData.num(row[ref.col("poisson_N")]));
    ClosedpReferenceTest.close(label + " stderr", e.diagnostics().get("stderr"),
        SharedData.num(row[ref.col("stderr")]));
    ClosedpReferenceTest.close(label + " AIC", e.diagnostics().get("AIC"), SharedData.num(row[ref.col("AIC")]));
    ClosedpReferenceTest.close(label + " BIC", e.diagnostics().get("BIC"), SharedData.num(row[ref.col("BIC")]));
    double multinomialN = SharedData.num(row[ref.col("multinomial_N")]);
    if (Double.isNaN(multinomialN)) {
      // normal heterogeneity: no profile likelihood, Chao's log-normal interval instead
      assertThat(e.diagnostics()).doesNotContainKey("multinomialN");
    } else {
      near(label + " multinomial N", e.diagnostics().get("multinomialN"), multinomialN);
    }
    near(label + " lower", e.lower(), SharedData.num(row[ref.col("infCL")]));
    String sup = row[ref.col("supCL")];
    if (sup.startsWith(">")) {
      assertThat(e.upper()).as(label + " upper beyond " + sup).isInfinite();
      assertThat(e.warnings()).anyMatch(w -> w.contains("upper bound lies beyond"));
    } else {
      near(label + " upper", e.upper(), SharedData.num(sup));
    }
  }

  private static void near(String what, double actual, double expected) {
    assertThat(actual).as(what).isCloseTo(expected, within(1e-3 * Math.abs(expected)));
  }
}
