package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.compare.Comparison;
import org.yadman.linkage.compare.DateRangeComparison;
import org.yadman.linkage.compare.NameComparison;
import org.yadman.linkage.compare.PersonFields;
import org.yadman.linkage.compare.PlaceComparison;

/**
 * Clustering pools each field's best weight across two clusters, so a record that agrees can
 * hide one that clearly disagrees: three namesakes of one city, dated 2 September 1988, "1988"
 * and 7 December 1988. The year overlaps both days; the two days do not, and the model says how
 * strongly that disagreement speaks for two persons.
 */
class DisagreementVetoTest {

    private static final List<Record> NAMESAKES = List.of(
        record("a1", "families", "1367/06/11"),   // 2 September 1988
        record("b1", "rights", "1988"),
        record("c1", "published", "7 December 1988"));

    private static Record record(String id, String source, String death) {
        return new Record(id, source, Map.of("name", "Ali Karimi", PersonFields.DEATH, death, PersonFields.CITY, "Tehran"));
    }

    @Test
    void aStrongDisagreementKeepsTheClustersApartThoughTheirPooledWeightIsHigh() {
        Clusters clusters = cluster(0.003); // death "else": log2(0.003 / 0.245) = −6.4 bits
        Map<String, String> of = clusters.clusterByRecord();
        assertThat(of.get("a1")).isNotEqualTo(of.get("c1"));
        assertThat(of.get("b1")).isIn(of.get("a1"), of.get("c1")); // the year links it to one of them
        assertThat(clusters.count()).isEqualTo(2);
    }

    @Test
    void aWeakDisagreementIsLeftToThePooledWeight() {
        Clusters clusters = cluster(0.01); // death "else": −4.6 bits, above the veto
        assertThat(clusters.count()).isEqualTo(1);
    }

    /** The three records under a hand-set model whose death "else" level has the given m. */
    private static Clusters cluster(double mDeathElse) {
        List<Comparison> comparisons = List.of(NameComparison.onField("name"), DateRangeComparison.death(), PlaceComparison.city());
        LinkageSettings settings = LinkageSettings.builder()
            .comparisons(comparisons.toArray(Comparison[]::new))
            .blockingRules(BlockingRule.exact("name"))
            .termFrequencyAdjustment(false)
            .build();
        double[][] m = {{0.9, 0.04, 0.03, 0.01, 0.01, 0.01}, {0.4, 0.3, 0.15, 0.1, 0.02, 0.02, mDeathElse}, {0.95, 0.05}};
        double[][] u = {{0.01, 0.01, 0.01, 0.01, 0.01, 0.95}, {0.005, 0.1, 0.1, 0.05, 0.2, 0.3, 0.245}, {0.05, 0.95}};
        List<LinkageModel.ComparisonParameters> parameters = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            List<LinkageModel.Level> levels = new ArrayList<>();
            for (int l = 0; l < m[c].length; l++) {
                levels.add(new LinkageModel.Level(comparisons.get(c).levels().get(l), m[c][l], u[c][l]));
            }
            parameters.add(new LinkageModel.ComparisonParameters(comparisons.get(c).name(), levels));
        }
        LinkageModel model = new LinkageModel(0.01, parameters);
        Linker linker = new Linker(settings, NAMESAKES);
        List<ScoredPair> pairs = linker.predict(model);
        assertThat(pairs).hasSize(3);
        // a1–c1 disagree, yet their own pair stays above the pair veto: only the field veto parts them
        assertThat(pairs).allSatisfy(p -> assertThat(p.matchWeight()).isGreaterThan(ConstrainedClustering.VETO_WEIGHT));
        return linker.cluster(model, pairs, 0.5, 0.1);
    }
}
