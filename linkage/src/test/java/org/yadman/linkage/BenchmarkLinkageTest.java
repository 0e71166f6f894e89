package org.yadman.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yadman.linkage.bench.BenchmarkData;
import org.yadman.linkage.bench.LinkageScores;
import org.yadman.linkage.compare.PersonLinkage;

/**
 * Whole-pipeline quality on the shared benchmarks (train, predict, cluster, evaluate), skipped
 * when {@code yadman.shared} has no data. The numbers are printed by
 * {@link LinkageScores}; these tests only guard them.
 */
class BenchmarkLinkageTest {

    private static Path data(String folder) {
        Path data = BenchmarkData.shared();
        assumeTrue(data != null && Files.isDirectory(data.resolve(folder)), "no " + folder + " under yadman.shared");
        return data;
    }

    @Test
    void developmentListsLinkAcrossScriptsCalendarsAndNamesakes() {
        Path data = data("lists-dev");
        List<Record> records = BenchmarkData.listsDev(data);
        Map<String, String> truth = BenchmarkData.listsDevTruth(data);
        LinkageSettings settings = PersonLinkage.settings(BenchmarkData.LISTS_DEV_DUPLICATE_FREE);
        assertThat(new Linker(settings, records).pairCompleteness(truth)).isGreaterThanOrEqualTo(0.985);
        Evaluation e = LinkageScores.run(settings, records, truth, false);
        System.out.println("lists-dev: " + e);
        assertThat(e.pairF1()).isGreaterThanOrEqualTo(LISTS_DEV_F1);
    }

    /**
     * Measured 0.936 (pairwise P 0.965 R 0.909 at threshold 0.5, B-cubed F1 0.969); the goal of
     * 0.97 is not reached: most remaining errors are pairs that share only names (a testimony
     * with a name alone, a list row with no field in common with its match), and namesakes share
     * those. Even deciding every such pair by the truth leaves pairwise F1 at about 0.971.
     */
    static final double LISTS_DEV_F1 = 0.93;

    @Test
    void febrl4LinksTwoFiles() {
        Path data = data("linkage/febrl");
        List<Record> records = new ArrayList<>(BenchmarkData.febrl(data, "dataset4a.csv", "a"));
        records.addAll(BenchmarkData.febrl(data, "dataset4b.csv", "b"));
        Map<String, String> truth = BenchmarkData.febrlTruth(records);
        Linker linker = new Linker(BenchmarkData.febrlSettings("a", "b"), records);
        assertThat(linker.pairCompleteness(truth)).isGreaterThanOrEqualTo(0.999);
        Evaluation e = LinkageScores.run(BenchmarkData.febrlSettings("a", "b"), records, truth, false);
        System.out.println("FEBRL4: " + e);
        assertThat(e.pairF1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void febrl3Deduplicates() {
        Path data = data("linkage/febrl");
        List<Record> records = BenchmarkData.febrl(data, "dataset3.csv", "febrl3");
        Evaluation e = LinkageScores.run(BenchmarkData.febrlSettings(), records, BenchmarkData.febrlTruth(records), false);
        System.out.println("FEBRL3: " + e);
        assertThat(e.pairF1()).isGreaterThanOrEqualTo(0.99);
    }
}
