package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Input rules: bad input gets an error naming the rule and the value; results are never NaN. */
class CaptureHistoriesTest {

  @Test
  void oneListIsRejected() {
    assertThatThrownBy(() -> CaptureHistories.builder("A"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 lists; got 1");
  }

  @Test
  void negativeCountIsRejectedWithItsHistory() {
    assertThatThrownBy(() -> CaptureHistories.builder("A", "B").add(new int[] {1, 0}, -3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative; got -3 for history 10");
  }

  @Test
  void allZeroHistoryWithCountIsRejectedAndWithZeroIgnored() {
    assertThatThrownBy(() -> CaptureHistories.builder("A", "B").add(new int[] {0, 0}, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all-zero history 00")
        .hasMessageContaining("got 5");
    CaptureHistories h = CaptureHistories.builder("A", "B").add(new int[] {0, 0}, 0).add(new int[] {1, 1}, 4)
        .add(new int[] {1, 0}, 2).add(new int[] {0, 1}, 3).build();
    assertThat(h.observed()).isEqualTo(9);
  }

  @Test
  void listThatCaughtNobodyIsRejectedByName() {
    assertThatThrownBy(() -> CaptureHistories.builder("A", "B", "C").add(new int[] {1, 1, 0}, 4)
        .add(new int[] {1, 0, 0}, 2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list 'C' recorded 0");
  }

  @Test
  void nobodyObservedIsRejected() {
    assertThatThrownBy(() -> CaptureHistories.builder("A", "B").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody was observed");
  }

  @Test
  void flagsMustBeZeroOrOneAndMatchTheLists() {
    assertThatThrownBy(() -> CaptureHistories.builder("A", "B").add(new int[] {2, 0}, 1))
        .hasMessageContaining("must be 0 or 1; got 2 for list 'A'");
    assertThatThrownBy(() -> CaptureHistories.builder("A", "B").add(new int[] {1}, 1))
        .hasMessageContaining("one flag per list (2); got 1");
  }

  @Test
  void duplicateHistoriesAreSummed() {
    CaptureHistories h = CaptureHistories.of(new int[][] {{1, 0}, {1, 0}, {0, 1}, {1, 1}}, new long[] {2, 3, 1, 1});
    assertThat(h.count(1)).isEqualTo(5);
    assertThat(h.lists()).isEqualTo(List.of("L1", "L2"));
  }

  @Test
  void twoListsGiveLincolnPetersenAsMt() {
    // 100 on A only, 50 on B only, 25 on both: Lincoln–Petersen N = n1·n2/m = 125·75/25 = 375
    CaptureHistories h = CaptureHistories.builder("A", "B").add(new int[] {1, 0}, 100).add(new int[] {0, 1}, 50)
        .add(new int[] {1, 1}, 25).build();
    List<LogLinearFit> fits = Mse.closedp(h);
    assertThat(fits).extracting(LogLinearFit::model).containsExactly("M0", "Mt", "Mb");
    assertThat(fits.get(1).abundance()).isCloseTo(375.0, org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void noOverlapIsStatedInPlainLanguageByEveryEstimator() {
    CaptureHistories h = CaptureHistories.builder("A", "B", "C").addMask(1, 50).addMask(2, 40).addMask(4, 30).build();
    for (LogLinearFit f : Mse.closedp(h)) {
      assertThat(f.warnings()).as(f.model()).anyMatch(w -> w.contains("N is not identifiable"));
    }
    Estimate ci = Mse.profileInterval(h, "Mt", Heterogeneity.NONE, 0.95);
    assertThat(ci.warnings()).anyMatch(w -> w.contains("N is not identifiable"));
    assertThat(ci.warnings()).anyMatch(w -> w.contains("more than 100 times"));
    LcmcrResult l = Mse.lcmcr(h, LcmcrOptions.builder().latentClasses(3).burnin(50).samples(20).thinning(1).chains(1)
        .build());
    assertThat(l.estimate().warnings()).anyMatch(w -> w.contains("N is not identifiable"));
    assertThat(Mse.dga(h, 1, 0, 2000, 0.95).estimate().warnings()).anyMatch(w -> w.contains("N is not identifiable"));
  }

  @Test
  void undefinedStandardErrorIsExplained() {
    CaptureHistories all = CaptureHistories.builder("A", "B", "C").addMask(7, 50).build();
    for (LogLinearFit f : Mse.closedp(all)) {
      if (!Double.isFinite(f.stderr())) {
        assertThat(f.warnings()).as(f.model()).anyMatch(w -> w.contains("standard error is undefined"));
      }
    }
  }

  @Test
  void modelNamesParseAndPrintAsRcapture() {
    assertThat(HierarchicalModel.parse("[14,123,34]", 4).toString()).isEqualTo("[123,14,34]");
    assertThat(HierarchicalModel.parse("[12,123]", 4).toString()).isEqualTo("[123,4]");
    assertThat(HierarchicalModel.parse("[]", 3).toString()).isEqualTo("[1,2,3]");
    assertThatThrownBy(() -> HierarchicalModel.parse("[15]", 4)).hasMessageContaining("must be 1..4; got '5'");
    assertThatThrownBy(() -> HierarchicalModel.parse("[1234]", 4)).hasMessageContaining("saturates");
    assertThat(ModelSearch.allModels(4, 3)).hasSize(113);
    assertThat(ModelSearch.allModels(5, 2)).hasSize(1024);
    assertThat(ModelSearch.allModels(3, 2)).hasSize(8);
  }

  /** Any valid table gives finite estimates or a stated warning, never a silent NaN. */
  @Property(tries = 60)
  void closedpNeverReturnsSilentNaN(@ForAll @Size(7) List<@IntRange(min = 0, max = 300) Integer> counts) {
    CaptureHistories.Builder b = CaptureHistories.builder("A", "B", "C");
    for (int m = 1; m < 8; m++) {
      b.addMask(m, counts.get(m - 1));
    }
    CaptureHistories h;
    try {
      h = b.build();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).containsAnyOf("nobody was observed", "recorded 0");
      return;
    }
    for (LogLinearFit f : Mse.closedp(h)) {
      boolean finite = Double.isFinite(f.abundance()) && Double.isFinite(f.stderr()) && Double.isFinite(f.deviance())
          && Double.isFinite(f.aic());
      assertThat(finite || !f.warnings().isEmpty()).as("%s on %s: %s", f.model(), counts, f).isTrue();
    }
  }
}
