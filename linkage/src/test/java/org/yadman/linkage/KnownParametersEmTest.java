package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.bench.BenchmarkData;

/**
 * EM recovers known parameters (Splink's oracle test): 4,000 comparison vectors on three
 * binary comparisons drawn from λ = 0.5, m = (0.7, 0.9, 0.95), u = (0.1, 0.025, 0.2), which
 * are also the label frequencies of the file. Tolerance 0.03 on every parameter, and 0.05 on
 * every pattern's match probability against the file's true probability.
 */
class KnownParametersEmTest {

    private static final double[] TRUE_M = {0.7, 0.9, 0.95};
    private static final double[] TRUE_U = {0.1, 0.025, 0.2};

    @Test
    void emRecoversTheParametersThatGeneratedTheVectors() {
        Path file = BenchmarkData.shared() == null ? null
            : BenchmarkData.shared().resolve("linkage/splink/known_params_comparison_vectors.csv");
        assumeTrue(file != null && Files.exists(file), "no Splink known-parameter vectors under yadman.shared");
        List<Map<String, String>> rows = BenchmarkData.csv(file);
        Map<String, double[]> patterns = new HashMap<>();
        Map<String, Double> trueProbability = new HashMap<>();
        for (Map<String, String> row : rows) {
            String key = row.get("gamma_col_1") + row.get("gamma_col_2") + row.get("gamma_col_3");
            patterns.computeIfAbsent(key, k -> new double[1])[0]++;
            trueProbability.put(key, Double.parseDouble(row.get("true_match_probability_l")));
        }
        int[][] vectors = new int[patterns.size()][];
        double[] counts = new double[patterns.size()];
        int n = 0;
        for (Map.Entry<String, double[]> e : patterns.entrySet()) {
            // gamma 1 = agree = level 0 (most similar first), gamma 0 = else = level 1
            vectors[n] = e.getKey().chars().map(ch -> ch == '1' ? 0 : 1).toArray();
            counts[n++] = e.getValue()[0];
        }
        double[][] m = {{0.6, 0.4}, {0.6, 0.4}, {0.6, 0.4}};
        double[][] u = {{0.3, 0.7}, {0.3, 0.7}, {0.3, 0.7}};
        ExpectationMaximisation.Parameters p = new ExpectationMaximisation.Parameters(0.3, m, u);
        ExpectationMaximisation.run(vectors, counts, p, ExpectationMaximisation.Train.ALL, 1000, 1e-9);

        assertThat(p.lambda).isCloseTo(0.5, within(0.03));
        for (int c = 0; c < 3; c++) {
            assertThat(p.m[c][0]).as("m of column %d", c + 1).isCloseTo(TRUE_M[c], within(0.03));
            assertThat(p.u[c][0]).as("u of column %d", c + 1).isCloseTo(TRUE_U[c], within(0.03));
        }
        for (int i = 0; i < vectors.length; i++) {
            double lm = Math.log(p.lambda);
            double lu = Math.log(1 - p.lambda);
            for (int c = 0; c < 3; c++) {
                lm += Math.log(p.m[c][vectors[i][c]]);
                lu += Math.log(p.u[c][vectors[i][c]]);
            }
            double probability = 1 / (1 + Math.exp(lu - lm));
            String key = new StringBuilder().append(vectors[i][0] == 0 ? 1 : 0).append(vectors[i][1] == 0 ? 1 : 0)
                .append(vectors[i][2] == 0 ? 1 : 0).toString();
            assertThat(probability).as("pattern " + key).isCloseTo(trueProbability.get(key), within(0.05));
        }
    }
}
