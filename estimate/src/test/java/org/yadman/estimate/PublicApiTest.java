package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public surface is small and deliberate; implementations stay package-private. */
class PublicApiTest {
  static final List<String> PUBLIC = List.of("CaptureHistories", "Estimate", "LogLinearFit", "HierarchicalModel",
      "Heterogeneity", "Mse", "LcmcrOptions", "LcmcrResult", "DecomposableGraph", "DgaResult");
  static final List<String> INTERNAL = List.of("SpecialFunctions", "PoissonGlm", "CellData", "Design", "LogLinear",
      "ProfileLikelihood", "Optimize", "ModelSearch", "Rng", "LcmcrSampler", "LcmcrRunner", "McmcDiagnostics", "Dga",
      "NormalHeterogeneity", "Bfgs");

  @Test
  void onlyTheApiIsPublic() throws ClassNotFoundException {
    for (String name : PUBLIC) {
      assertThat(Modifier.isPublic(Class.forName("org.yadman.estimate." + name).getModifiers())).as(name).isTrue();
    }
    for (String name : INTERNAL) {
      assertThat(Modifier.isPublic(Class.forName("org.yadman.estimate." + name).getModifiers())).as(name).isFalse();
    }
  }

  @Test
  void readmeExampleCompilesAndRuns() {
    CaptureHistories h = CaptureHistories.builder("A", "B", "C")
        .add(new int[] {1, 0, 0}, 60).add(new int[] {0, 1, 0}, 49).add(new int[] {1, 1, 0}, 4)
        .add(new int[] {0, 0, 1}, 247).add(new int[] {1, 0, 1}, 112).add(new int[] {0, 1, 1}, 142)
        .add(new int[] {1, 1, 1}, 12).build();
    List<LogLinearFit> ranked = Mse.modelSearch(h, 2, Heterogeneity.NONE);
    HierarchicalModel best = HierarchicalModel.parse(ranked.get(0).model(), 3);
    Estimate e = Mse.profileInterval(h, best, Heterogeneity.NONE, 0.95);
    assertThat(e.lower()).isLessThan(e.estimate());
    assertThat(e.upper()).isGreaterThan(e.estimate());
    assertThat(e.observed()).isEqualTo(626);
  }
}
