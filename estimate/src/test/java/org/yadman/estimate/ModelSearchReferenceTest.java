package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * closedpMS.t: the same set of hierarchical models, each fit to 1e-6 relative, and the same BIC
 * ranking (models whose BIC agree to 1e-6 may swap places, as they would in R).
 */
class ModelSearchReferenceTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("closedpMS_kosovo.csv", "lcmcr_kosovo_aggregate.csv", 3, Heterogeneity.NONE),
        Arguments.of("closedpMS_HIV.csv", "rcapture_HIV.csv", 3, Heterogeneity.NONE),
        Arguments.of("closedpMS_lesbian.csv", "rcapture_lesbian.csv", 3, Heterogeneity.NONE),
        Arguments.of("closedpMS_lesbian_Darroch.csv", "rcapture_lesbian.csv", 3, Heterogeneity.DARROCH),
        Arguments.of("closedpMS_MY3.csv", "dga_MY_3list_example.csv", 2, Heterogeneity.NONE),
        Arguments.of("closedpMS_MY5.csv", "dga_MY_5list_example.csv", 2, Heterogeneity.NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesRcapture(String reference, String dataset, int maxOrder, Heterogeneity h) {
    SharedData.Csv ref = SharedData.csv("rcapture/" + reference);
    CaptureHistories data = SharedData.histories(dataset);
    List<LogLinearFit> fits = Mse.modelSearch(data, maxOrder, h);
    assertThat(fits).hasSize(ref.rows().size());
    Map<String, LogLinearFit> byName = new HashMap<>();
    String suffix = h.kind() == Heterogeneity.Kind.NONE ? "" : " + h=" + h.label();
    for (LogLinearFit f : fits) {
      byName.put(f.model(), f);
    }
    List<String[]> refRows = new ArrayList<>(ref.rows());
    for (String[] row : refRows) {
      String name = HierarchicalModel.parse(row[0], data.listCount()) + suffix;
      LogLinearFit f = byName.get(name);
      assertThat(f).as("model " + row[0] + " is searched").isNotNull();
      String where = reference + " " + row[0];
      ClosedpReferenceTest.close(where + " abundance", f.abundance(), SharedData.num(row[ref.col("abundance")]));
      // A fit at the boundary (exp(β₀) ≈ 1e-5, s.e. of β₀ ≈ 1e4, flagged by R) is ill-conditioned:
      // its standard error agrees to 1e-5 only.
      double seTol = SharedData.num(row[ref.col("infoFit")]) != 0 ? 1e-5 : ClosedpReferenceTest.REL;
      double seRef = SharedData.num(row[ref.col("stderr")]);
      assertThat(f.stderr()).as(where + " stderr")
          .isCloseTo(seRef, org.assertj.core.api.Assertions.within(seTol * seRef));
      ClosedpReferenceTest.closeAbs(where + " deviance", f.deviance(), SharedData.num(row[ref.col("deviance")]),
          f.aic());
      assertThat(f.df()).as(where + " df").isEqualTo((int) SharedData.num(row[ref.col("df")]));
      ClosedpReferenceTest.close(where + " AIC", f.aic(), SharedData.num(row[ref.col("AIC")]));
      ClosedpReferenceTest.close(where + " BIC", f.bic(), SharedData.num(row[ref.col("BIC")]));
      assertThat(f.infoFit()).as(where + " infoFit").isEqualTo((int) SharedData.num(row[ref.col("infoFit")]));
    }
    // BIC ranking as R's: sort the reference by BIC and compare names position by position
    refRows.sort((a, b) -> Double.compare(SharedData.num(a[ref.col("BIC")]), SharedData.num(b[ref.col("BIC")])));
    for (int i = 0; i < fits.size(); i++) {
      String expected = HierarchicalModel.parse(refRows.get(i)[0], data.listCount()) + suffix;
      if (!fits.get(i).model().equals(expected)) {
        double bicRef = SharedData.num(refRows.get(i)[ref.col("BIC")]);
        assertThat(fits.get(i).bic()).as("rank " + (i + 1) + ": " + fits.get(i).model() + " vs R's " + expected)
            .isCloseTo(bicRef, org.assertj.core.api.Assertions.within(1e-6 * Math.abs(bicRef)));
      }
    }
  }
}
