package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** closedp.0 (frequencies by number of captures) against Rcapture, to 1e-6 relative. */
class Closedp0ReferenceTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("closedp0_BBS2001_t50_t0_20.csv", "rcapture_BBS2001_nbcap.csv", 50, 20),
        Arguments.of("closedp0_cbird_t11.csv", "rcapture_cbird_nbcap.csv", 11, 0),
        Arguments.of("closedp0_ill_tInf.csv", "rcapture_ill_nbcap.csv", 0, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesRcapture(String reference, String dataset, int t, int t0) {
    SharedData.Csv ref = SharedData.csv("rcapture/" + reference);
    List<LogLinearFit> fits = Mse.closedp0(SharedData.frequencies(dataset), t, t0);
    assertThat(fits).hasSize(ref.rows().size());
    for (int i = 0; i < fits.size(); i++) {
      String[] row = ref.rows().get(i);
      LogLinearFit f = fits.get(i);
      String where = reference + " " + row[0];
      assertThat(f.model()).as(where).isEqualTo(row[0]);
      ClosedpReferenceTest.close(where + " abundance", f.abundance(), SharedData.num(row[ref.col("abundance")]));
      ClosedpReferenceTest.close(where + " stderr", f.stderr(), SharedData.num(row[ref.col("stderr")]));
      ClosedpReferenceTest.closeAbs(where + " deviance", f.deviance(), SharedData.num(row[ref.col("deviance")]),
          f.aic());
      assertThat(f.df()).as(where + " df").isEqualTo((int) SharedData.num(row[ref.col("df")]));
      ClosedpReferenceTest.close(where + " AIC", f.aic(), SharedData.num(row[ref.col("AIC")]));
      ClosedpReferenceTest.close(where + " BIC", f.bic(), SharedData.num(row[ref.col("BIC")]));
    }
  }
}
