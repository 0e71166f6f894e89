package org.yadman.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yadman.estimate.CaptureHistories;
import org.yadman.store.Database;
import org.yadman.testing.TestDatabases;

/**
 * The lists-dev development set (4 synthetic lists of a population of 3,000): estimates from the
 * true capture histories beside the true total. Skipped when the shared data are absent. Prints the
 * figures recorded in docs/benchmarks-estimate.md.
 */
class ListsDevEstimateTest {
    /** The files in truth.json's history order A, B, C, D. */
    private static final String[] FILES = {"families_committee.csv", "rights_org.csv", "published_list.csv", "testimonies.csv"};

    private static Path listsDev() {
        String shared = System.getProperty("yadman.shared");
        assumeTrue(shared != null, "yadman.shared is not set");
        Path dir = Path.of(shared, "data", "lists-dev");
        assumeTrue(Files.isRegularFile(dir.resolve("truth.json")), "lists-dev data absent under " + dir);
        return dir;
    }

    static CaptureHistories truthHistories(JsonNode truth) {
        var b = CaptureHistories.builder("families_committee", "rights_org", "published_list", "testimonies");
        truth.get("capture_histories").fields().forEachRemaining(e -> {
            String history = e.getKey();
            int[] flags = new int[history.length()];
            for (int j = 0; j < flags.length; j++) flags[j] = history.charAt(j) - '0';
            b.add(flags, e.getValue().asLong());
        });
        return b.build();
    }

    @Test
    void perfectLinkageInTheRegistryGivesTruthsHistories() throws IOException {
        Path dir = listsDev();
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        List<String> lines = Files.readAllLines(dir.resolve("truth_records.csv"));
        try (Database db = TestDatabases.fresh()) {
            db.jdbi().useTransaction(h -> {
                for (String file : FILES) {
                    String name = file.replace(".csv", "");
                    h.execute("INSERT INTO source (name, synthetic) VALUES (?, true)", name);
                    h.execute("""
                            INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count)
                            SELECT id, ?, 'lists-dev', '{}', 0 FROM source WHERE name = ?""", file, name);
                }
                h.execute("CREATE TEMP TABLE truth (file text, record_id text, person bigint)");
                var batch = h.prepareBatch("INSERT INTO truth VALUES (?, ?, ?)");
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",");
                    batch.add(f[0].replace(".csv", ""), f[1], Long.parseLong(f[2].strip()));
                }
                batch.execute();
                h.execute("INSERT INTO person (id) SELECT DISTINCT person FROM truth");
                h.execute("""
                        INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                        SELECT s.id, b.id, t.record_id, row_number() OVER (), '{}', '{}'
                        FROM truth t JOIN source s ON s.name = t.file JOIN import_batch b ON b.source_id = s.id""");
                h.execute("""
                        INSERT INTO record_link (source_record_id, person_id, decided_by)
                        SELECT r.id, t.person, 'reviewer' FROM truth t JOIN source s ON s.name = t.file
                        JOIN source_record r ON r.source_id = s.id AND r.record_key = t.record_id""");
            });
            var query = new CaptureHistoryQuery(db.jdbi());
            CaptureHistories fromRegistry = query.table(query.sourcesAsLists(), null).total();
            assertThat(fromRegistry).isEqualTo(truthHistories(truth));
            assertThat(fromRegistry.observed()).isEqualTo(truth.get("observed").asLong());
        }
    }

    @Test
    void estimatesFromTrueHistoriesBesideTheTrueTotal() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(listsDev().resolve("truth.json").toFile());
        long trueTotal = truth.get("true_total").asLong();
        CaptureHistories h = truthHistories(truth);
        for (EstimateSettings.Method method : EstimateSettings.Method.values()) {
            long started = System.nanoTime();
            EstimateReport r = Estimation.run(h, EstimateSettings.defaults(method), n -> { });
            double seconds = (System.nanoTime() - started) / 1e9;
            boolean covers = r.lower() != null && r.upper() != null && r.lower() <= trueTotal && trueTotal <= r.upper();
            System.out.printf(Locale.ROOT, "lists-dev truth histories | %-9s | %-40s | %,.0f | [%s, %s] | covers %,d: %s | %.1f s | %s%n",
                    method.code(), r.model(), r.estimate(), r.lower() == null ? "-" : String.format(Locale.ROOT, "%,.0f", r.lower()),
                    r.upper() == null ? "-" : String.format(Locale.ROOT, "%,.0f", r.upper()), trueTotal, covers ? "yes" : "no",
                    seconds, r.warnings());
            assertThat(r.observed()).isEqualTo(2335);
            assertThat(r.estimate()).as(method.code()).isGreaterThan(2335).isLessThan(3 * trueTotal);
            assertThat(r.lower()).as(method.code()).isNotNull();
            assertThat(r.upper()).as(method.code()).isNotNull().isGreaterThan(r.estimate());
        }
    }
}
