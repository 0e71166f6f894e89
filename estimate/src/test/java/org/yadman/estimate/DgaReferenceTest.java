package org.yadman.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** dga 2.0.2 bma.cr: the posterior of N and of every decomposable graph, to 1e-9 relative. */
class DgaReferenceTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("MY3_delta1_defaultprior", "dga_MY_3list_example.csv", 1.0, 1, 300, "graphs3.txt"),
        Arguments.of("MY3_delta1_nbprior", "dga_MY_3list_example.csv", 1.0, 1, 300, "graphs3.txt"),
        Arguments.of("MY5_delta0.5", "dga_MY_5list_example.csv", 0.5, 1, 300, "graphs5.txt"),
        Arguments.of("kosovo_delta0.0625", "lcmcr_kosovo_aggregate.csv", 0.0625, 0, 40_000, "graphs4.txt"),
        Arguments.of("kosovo_delta1", "lcmcr_kosovo_aggregate.csv", 1.0, 0, 40_000, "graphs4.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesDga(String label, String dataset, double delta, long minMissing, long maxMissing, String graphFile)
      throws IOException {
    CaptureHistories h = SharedData.histories(dataset);
    // the dga manual's negative binomial prior for Madigan and York's 3-list example (a = 13.14, b = 55.17)
    java.util.function.LongToDoubleFunction nb = bigN -> {
      double a = 13.14;
      double b = 55.17;
      return bigN * Math.log(b) - (bigN + a) * Math.log(1 + b) + SpecialFunctions.logGamma(bigN + a)
          - SpecialFunctions.logGamma(bigN + 1.0) - SpecialFunctions.logGamma(a);
    };
    DgaResult r = Mse.dga(h, delta, minMissing, maxMissing, DecomposableGraph.all(h.listCount()),
        label.endsWith("nbprior") ? nb : null, 0.95);

    SharedData.Csv postN = SharedData.csv("dga/posteriorN_" + label + ".csv");
    assertThat(r.n()).hasSize(postN.rows().size());
    double[] ours = r.posteriorN();
    long[] values = r.n();
    double worst = 0;
    String worstAt = "";
    for (int i = 0; i < ours.length; i++) {
      String[] row = postN.rows().get(i);
      if (values[i] != Long.parseLong(row[0])) {
        throw new AssertionError("N[" + i + "] = " + values[i] + ", dga has " + row[0]);
      }
      double expected = SharedData.num(row[1]);
      double rel = Math.abs(ours[i] - expected) / Math.max(expected, 1e-300);
      if (rel > worst) {
        worst = rel;
        worstAt = "P(N = " + row[0] + ") = " + ours[i] + ", dga " + expected;
      }
    }
    assertThat(worst).as("worst relative error of P(N), at %s", worstAt).isLessThan(1e-9);

    // graphs: the dga list's numbering, matched by clique sets
    Map<String, Integer> ourIndex = new HashMap<>();
    for (int g = 0; g < r.graphs().size(); g++) {
      ourIndex.put(key(r.graphs().get(g).cliques()), g);
    }
    List<String> lines = Files.readAllLines(SharedData.file("dga/" + graphFile));
    Map<Integer, Integer> refToOurs = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(";", -1);
      List<Integer> cliques = new ArrayList<>();
      for (String c : parts[1].trim().split(" ")) {
        int mask = 0;
        for (String v : c.split("-")) {
          mask |= 1 << (Integer.parseInt(v) - 1);
        }
        cliques.add(mask);
      }
      Integer ours2 = ourIndex.get(key(cliques));
      assertThat(ours2).as("graph %s is enumerated", parts[1]).isNotNull();
      refToOurs.put(Integer.parseInt(parts[0]), ours2);
    }
    assertThat(refToOurs).hasSize(r.graphs().size());
    SharedData.Csv postG = SharedData.csv("dga/modelpost_" + label + ".csv");
    double[] pg = r.posteriorGraph();
    for (String[] row : postG.rows()) {
      double expected = SharedData.num(row[1]);
      double actual = pg[refToOurs.get(Integer.parseInt(row[0]))];
      assertThat(actual).as("P(graph %s)", row[0]).isCloseTo(expected, within(1e-9 * expected + 1e-300));
    }

    SharedData.Csv summary = SharedData.csv("dga/dga_summary.csv");
    String[] s = summary.rows().stream().filter(x -> x[0].equals(label)).findFirst().orElseThrow();
    Estimate e = r.estimate();
    assertThat(e.diagnostics().get("mean")).isCloseTo(SharedData.num(s[summary.col("mean")]), within(1e-6));
    assertThat(e.diagnostics().get("sd")).isCloseTo(SharedData.num(s[summary.col("sd")]), within(1e-6));
    assertThat(e.diagnostics().get("mode")).isEqualTo(SharedData.num(s[summary.col("mode")]));
    assertThat(e.estimate()).isEqualTo(SharedData.num(s[summary.col("q50")]));
    assertThat(e.lower()).isEqualTo(SharedData.num(s[summary.col("q2.5")]));
    assertThat(e.upper()).isEqualTo(SharedData.num(s[summary.col("q97.5")]));
    int top = (int) SharedData.num(s[summary.col("top_model")]);
    assertThat(pg[refToOurs.get(top)]).isCloseTo(SharedData.num(s[summary.col("top_model_post")]), within(1e-9));
    assertThat(e.diagnostics().get("delta")).isEqualTo(delta);
  }

  private static String key(List<Integer> cliques) {
    return new TreeSet<>(cliques).toString();
  }
}
