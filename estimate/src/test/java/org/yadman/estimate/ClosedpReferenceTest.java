package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model of Rcapture 1.4-4's closedp.t on every dataset with a reference table, to 1e-6 relative. */
class ClosedpReferenceTest {
  static final double REL = 1e-6;

  static Stream<Arguments> datasets() {
    return Stream.of(
        Arguments.of("hare", "rcapture_hare.csv"),
        Arguments.of("HIV", "rcapture_HIV.csv"),
        Arguments.of("duck", "rcapture_duck.csv"),
        Arguments.of("lesbian", "rcapture_lesbian.csv"),
        Arguments.of("mvole_period3", "rcapture_mvole_period3.csv"),
        Arguments.of("kosovo", "lcmcr_kosovo_aggregate.csv"),
        Arguments.of("MY3", "dga_MY_3list_example.csv"),
        Arguments.of("MY5", "dga_MY_5list_example.csv"));
  }

  @ParameterizedTest(name = "closedp.t {0}")
  @MethodSource("datasets")
  void matchesRcapture(String label, String dataset) {
    SharedData.Csv ref = SharedData.csv("rcapture/closedp_" + label + ".csv");
    CaptureHistories h = SharedData.histories(dataset);
    List<LogLinearFit> fits = Mse.closedp(h);
    assertThat(fits).hasSize(ref.rows().size());
    for (int i = 0; i < fits.size(); i++) {
      String[] row = ref.rows().get(i);
      LogLinearFit f = fits.get(i);
      String where = label + " " + row[0];
      assertThat(f.model()).as(where).isEqualTo(row[0]);
      close(where + " abundance", f.abundance(), SharedData.num(row[ref.col("abundance")]));
      close(where + " stderr", f.stderr(), SharedData.num(row[ref.col("stderr")]));
      closeAbs(where + " deviance", f.deviance(), SharedData.num(row[ref.col("deviance")]), f.aic());
      assertThat(f.df()).as(where + " df").isEqualTo((int) SharedData.num(row[ref.col("df")]));
      close(where + " AIC", f.aic(), SharedData.num(row[ref.col("AIC")]));
      close(where + " BIC", f.bic(), SharedData.num(row[ref.col("BIC")]));
      closeAbs(where + " bias", f.bias(), SharedData.num(row[ref.col("bias")]), f.abundance());
      assertThat(f.infoFit()).as(where + " infoFit").isEqualTo((int) SharedData.num(row[ref.col("infoFit")]));
    }
  }

  /**
   * Seber's two-occasion example has no dataset file; its counts (781 on list 1 only, 254 on list 2
   * only, 167 on both) follow from the reference's own Mt: p1 = n1/N, p2 = n2/N, N = n1·n2/m.
   */
  @org.junit.jupiter.api.Test
  void twoListsMatchRcaptureOnSebersExample() {
    SharedData.Csv ref = SharedData.csv("rcapture/closedp_seber2.csv");
    CaptureHistories h = CaptureHistories.builder("c1", "c2").addMask(1, 781).addMask(2, 254).addMask(3, 167).build();
    List<LogLinearFit> fits = Mse.closedp(h);
    assertThat(fits).hasSize(ref.rows().size());
    for (int i = 0; i < fits.size(); i++) {
      String[] row = ref.rows().get(i);
      LogLinearFit f = fits.get(i);
      assertThat(f.model()).isEqualTo(row[0]);
      close("seber2 " + row[0] + " abundance", f.abundance(), SharedData.num(row[ref.col("abundance")]));
      close("seber2 " + row[0] + " stderr", f.stderr(), SharedData.num(row[ref.col("stderr")]));
      closeAbs("seber2 " + row[0] + " deviance", f.deviance(), SharedData.num(row[ref.col("deviance")]), f.aic());
      assertThat(f.df()).isEqualTo((int) SharedData.num(row[ref.col("df")]));
      close("seber2 " + row[0] + " AIC", f.aic(), SharedData.num(row[ref.col("AIC")]));
      close("seber2 " + row[0] + " BIC", f.bic(), SharedData.num(row[ref.col("BIC")]));
      closeAbs("seber2 " + row[0] + " bias", f.bias(), SharedData.num(row[ref.col("bias")]), f.abundance());
    }
  }

  @ParameterizedTest(name = "parameters {0}")
  @MethodSource("datasets")
  void parametersMatchRcapture(String label, String dataset) {
    SharedData.Csv ref = SharedData.csv("rcapture/closedp_" + label + "_params.csv");
    List<LogLinearFit> fits = Mse.closedp(SharedData.histories(dataset));
    java.util.List<String[]> ours = new java.util.ArrayList<>();
    for (LogLinearFit f : fits) {
      f.parameters().forEach((k, v) -> ours.add(new String[] {f.model(), k, Double.toString(v)}));
    }
    assertThat(ours).hasSize(ref.rows().size());
    for (int i = 0; i < ours.size(); i++) {
      String[] r = ref.rows().get(i);
      String[] o = ours.get(i);
      assertThat(o[1]).as(label + " " + r[0] + " parameter " + i).isEqualTo(r[1]);
      close(label + " " + r[0] + " " + r[1], Double.parseDouble(o[2]), SharedData.num(r[2]));
    }
  }

  static void close(String what, double actual, double expected) {
    assertThat(actual).as(what).isCloseTo(expected, within(REL * Math.max(1e-300, Math.abs(expected))));
  }

  /** Relative, except for values near 0 (a saturated deviance), compared on the scale of {@code scale}. */
  static void closeAbs(String what, double actual, double expected, double scale) {
    double tol = REL * Math.max(Math.abs(expected), 1e-3 * Math.abs(scale));
    assertThat(actual).as(what).isCloseTo(expected, within(Math.max(tol, 1e-9)));
  }
}
