package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every coefficient and standard error of closedp.t, in Rcapture's order and names, to 1e-6. */
class ClosedpCoefficientsTest {

  @ParameterizedTest(name = "coefficients {0}")
  @MethodSource("org.yadman.estimate.ClosedpReferenceTest#datasets")
  void matchRcapture(String label, String dataset) {
    SharedData.Csv ref = SharedData.csv("rcapture/closedp_" + label + "_coef.csv");
    List<LogLinearFit> fits = Mse.closedp(SharedData.histories(dataset));
    List<String[]> ours = new ArrayList<>();
    for (LogLinearFit f : fits) {
      for (LogLinearFit.Coefficient c : f.coefficients()) {
        if (!Double.isNaN(c.estimate())) {
          ours.add(new String[] {f.model(), c.name(), Double.toString(c.estimate()), Double.toString(c.stderr())});
        }
      }
    }
    assertThat(ours).hasSize(ref.rows().size());
    for (int i = 0; i < ours.size(); i++) {
      String[] r = ref.rows().get(i);
      String[] o = ours.get(i);
      String where = label + " " + r[0] + " " + r[1];
      assertThat(o[1]).as(where).isEqualTo(r[1]);
      double est = Double.parseDouble(o[2]);
      double se = Double.parseDouble(o[3]);
      double refEst = SharedData.num(r[2]);
      double refSe = SharedData.num(r[3]);
      assertThat(est).as(where + " estimate").isCloseTo(refEst, within(1e-6 * Math.max(Math.abs(refEst), refSe)));
      assertThat(se).as(where + " stderr").isCloseTo(refSe, within(1e-6 * refSe));
    }
  }
}
