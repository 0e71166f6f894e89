package org.yadman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yadman.estimate.CaptureHistories;
import org.yadman.estimate.Estimate;
import org.yadman.estimate.Heterogeneity;
import org.yadman.estimate.HierarchicalModel;
import org.yadman.estimate.LcmcrOptions;
import org.yadman.estimate.Mse;
import org.yadman.statistics.HistoriesCsv;
import org.yadman.testing.Cli;

/** {@code yadman estimate --histories FILE} as typed in a shell: the library's numbers, JSON, and every bad input. */
class EstimateCommandTest {
    /** Kosovo 1999 (Ball et al. 2002), lists EXH, ABA, OSCE, HRW: the table in LCMCR's and Rcapture's examples. */
    static final String KOSOVO = """
            EXH,ABA,OSCE,HRW,freq
            1,1,1,1,27
            1,1,1,0,181
            1,1,0,1,18
            1,1,0,0,177
            1,0,1,1,42
            1,0,1,0,228
            1,0,0,1,106
            1,0,0,0,1131
            0,1,1,1,32
            0,1,1,0,217
            0,1,0,1,31
            0,1,0,0,845
            0,0,1,1,123
            0,0,1,0,936
            0,0,0,1,306
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    static Cli.Run yadman(String... args) {
        return Cli.run(args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void loglinearSearchGivesRcapturesBestModelAndInterval() throws IOException {
        Path kosovo = file("kosovo.csv", KOSOVO);
        Cli.Run run = yadman("estimate", "--histories", kosovo.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        // closedpMS.t's best BIC model and closedpCI.t's interval (shared/data/mse/rcapture/closedpCI_summary.csv).
        assertThat(j.get("model").asText()).isEqualTo("[123,14,34]");
        assertThat(j.get("estimate").asDouble()).isCloseTo(10356.5189572519, within(1e-6));
        assertThat(j.get("lower").asDouble()).isCloseTo(8994.25670710859, within(1e-2));
        assertThat(j.get("upper").asDouble()).isCloseTo(12110.4081124685, within(1e-2));
        assertThat(j.get("level").asDouble()).isEqualTo(0.95);
        assertThat(j.get("observed").asLong()).isEqualTo(4400);
        assertThat(j.get("method").asText()).contains("log-linear");
        assertThat(j.get("diagnostics").get("BIC").asDouble()).isCloseTo(203.029632752169, within(1e-6));
        for (String field : new String[] {"estimate", "lower", "upper", "level", "method", "model", "observed", "diagnostics", "lists", "warnings"}) {
            assertThat(j.has(field)).as(field).isTrue();
        }
        // and exactly what the library says
        CaptureHistories h = HistoriesCsv.read(kosovo);
        Estimate library = Mse.profileInterval(h, HierarchicalModel.parse("[123,14,34]", 4), Heterogeneity.NONE, 0.95);
        assertThat(j.get("lower").asDouble()).isEqualTo(library.lower());
        assertThat(j.get("upper").asDouble()).isEqualTo(library.upper());
    }

    @Test
    void givenModelAndLevelAndPlainTextOutput() throws IOException {
        Path kosovo = file("kosovo.csv", KOSOVO);
        Cli.Run run = yadman("estimate", "--histories", kosovo.toString(), "--model", "[1,2,3,4]", "--level", "0.9");
        assertThat(run.status()).as(run.err()).isZero();
        Estimate library = Mse.profileInterval(HistoriesCsv.read(kosovo), HierarchicalModel.parse("[1,2,3,4]", 4),
                Heterogeneity.NONE, 0.9);
        assertThat(run.out()).contains(String.format(java.util.Locale.ROOT, "estimate  %,.0f", library.estimate()))
                .contains(String.format(java.util.Locale.ROOT, "90%% interval  %,.0f to %,.0f", library.lower(), library.upper()))
                .contains("observed  4,400 on 4 lists (EXH, ABA, OSCE, HRW)").doesNotContain("NaN");
    }

    @Test
    void lcmcrAndDgaGiveTheLibrarysNumbers() throws IOException {
        Path kosovo = file("kosovo.csv", KOSOVO);
        Cli.Run run = yadman("estimate", "--histories", kosovo.toString(), "--method", "lcmcr", "--sweeps", "2000",
                "--burnin", "500", "--chains", "2", "--seed", "7", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        Estimate library = Mse.lcmcr(HistoriesCsv.read(kosovo), LcmcrOptions.builder().latentClasses(10).burnin(500)
                .samples(20).thinning(100).chains(2).seed(7).build()).estimate();
        assertThat(j.get("estimate").asDouble()).isEqualTo(library.estimate());
        assertThat(j.get("lower").asDouble()).isEqualTo(library.lower());
        assertThat(j.get("upper").asDouble()).isEqualTo(library.upper());
        assertThat(j.get("model").asText()).isEqualTo("LCMCR K=10");
        assertThat(j.get("diagnostics").has("ess")).isTrue();

        Path three = file("three.csv", "A,B,C,freq\n1,0,0,60\n0,1,0,49\n1,1,0,4\n0,0,1,247\n1,0,1,112\n0,1,1,142\n1,1,1,12\n");
        Cli.Run dga = yadman("estimate", "--histories", three.toString(), "--method", "dga", "--json");
        assertThat(dga.status()).as(dga.err()).isZero();
        JsonNode d = JSON.readTree(dga.out());
        assertThat(d.get("diagnostics").get("delta").asDouble()).isEqualTo(0.125);
        assertThat(d.get("estimate").asDouble()).isGreaterThan(626);
        assertThat(d.get("lower").asDouble()).isLessThanOrEqualTo(d.get("estimate").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lcmcr_kosovo_aggregate.csv|[123,14,34]|10356.5189572519",
        "rcapture_HIV.csv||",
        "rcapture_hare.csv||"})
    void sharedDatasetsGiveTheLibrarysNumbers(String name, String expectedModel, Double expectedEstimate) throws IOException {
        String shared = System.getProperty("yadman.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data", "mse")), "shared data absent (yadman.shared)");
        Path csv = Path.of(shared, "data", "mse", "datasets", name);
        Cli.Run run = yadman("estimate", "--histories", csv.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        CaptureHistories h = HistoriesCsv.read(csv);
        var best = Mse.modelSearch(h, h.listCount() <= 4 ? h.listCount() - 1 : 2, Heterogeneity.NONE).get(0);
        Estimate library = Mse.profileInterval(h, HierarchicalModel.parse(best.model(), h.listCount()), Heterogeneity.NONE, 0.95);
        assertThat(j.get("model").asText()).isEqualTo(best.model());
        assertThat(j.get("estimate").asDouble()).isEqualTo(library.estimate());
        if (expectedModel != null) assertThat(best.model()).isEqualTo(expectedModel);
        if (expectedEstimate != null) assertThat(library.estimate()).isCloseTo(expectedEstimate, within(1e-6));
        assertThat(run.out()).doesNotContain("NaN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "all-zero history|A,B,freq\\n1,0,5\\n0,1,4\\n1,1,3\\n0,0,7|line 5, column 'freq': the all-zero history",
        "negative count|A,B,freq\\n1,0,5\\n0,1,-4\\n1,1,3|line 3, column 'freq': counts must be non-negative; got -4",
        "one list only|A,freq\\n1,5|line 1: multiple systems estimation needs at least 2 list columns; got 1 (A)",
        "list that caught nobody|A,B,C,freq\\n1,0,0,5\\n0,1,0,4\\n1,1,0,3|list 'C' recorded 0",
        "flag not 0 or 1|A,B,freq\\n1,0,5\\n2,1,4|line 3, column 'A': a list column must be 0 or 1; got '2'",
        "count not a number|A,B,freq\\n1,0,5\\n0,1,four|line 3, column 'freq': expected a whole number; got 'four'",
        "no freq column|A,B\\n1,0\\n0,1|line 1: no 'freq' column",
        "short row|A,B,freq\\n1,0,5\\n0,1|line 3: expected 3 fields as in the header; got 2",
        "nobody observed|A,B,freq\\n1,0,0\\n0,1,0|nobody was observed",
        "header only|A,B,freq|no rows after the header",
        "empty file||empty"})
    void badInputNamesTheFileLineAndColumnAndPrintsNothing(String name, String csv, String expected) throws IOException {
        Path bad = file("bad.csv", csv == null ? "" : csv.replace("\\n", "\n"));
        Cli.Run run = yadman("estimate", "--histories", bad.toString(), "--json");
        assertThat(run.status()).as(name).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("yadman estimate: " + bad).contains(expected).doesNotContain("NaN");
    }

    @Test
    void registryWithNamedListsAndOptionsThatDoNotMix() throws IOException {
        try (org.yadman.store.Database db = org.yadman.testing.TestDatabases.fresh()) {
            db.jdbi().useHandle(h -> {
                for (String s : new String[] {"a", "b", "c"}) {
                    h.execute("INSERT INTO source (name) VALUES (?)", s);
                    h.execute("INSERT INTO import_batch (source_id, file_name, content_sha256, mapping, row_count)"
                            + " SELECT id, 'f', 'x', '{}', 0 FROM source WHERE name = ?", s);
                }
                // histories over lists AB = {a, b} and c: 10 × 60, 01 × 49, 11 × 12
                int[][] plan = {{60, 1, 0}, {49, 0, 1}, {12, 1, 1}};
                int key = 0;
                for (int[] p : plan) {
                    for (int i = 0; i < p[0]; i++) {
                        long person = h.createUpdate("INSERT INTO person DEFAULT VALUES").executeAndReturnGeneratedKeys("id")
                                .mapTo(Long.class).one();
                        String[] on = p[1] == 1 && p[2] == 1 ? new String[] {i % 2 == 0 ? "a" : "b", "c"}
                                : p[1] == 1 ? new String[] {i % 2 == 0 ? "a" : "b"} : new String[] {"c"};
                        for (String source : on) {
                            key++;
                            h.execute("""
                                    WITH r AS (INSERT INTO source_record (source_id, import_id, record_key, row_number, raw, normalised)
                                               SELECT s.id, b.id, ?, ?, '{}', '{}' FROM source s JOIN import_batch b ON b.source_id = s.id
                                               WHERE s.name = ? RETURNING id)
                                    INSERT INTO record_link (source_record_id, person_id, decided_by) SELECT id, ?, 'import' FROM r""",
                                    String.valueOf(key), key, source, person);
                        }
                    }
                }
            });
            String url = ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getJdbcUrl();
            String[] database = {"--db-url", url, "--db-user", "postgres", "--db-password-env", "YADMAN_TEST_NO_SUCH_VARIABLE"};
            Cli.Run run = yadman(concat(new String[] {"estimate", "--list", "AB=a,b", "--list", "c", "--json"}, database));
            assertThat(run.status()).as(run.err()).isZero();
            JsonNode j = JSON.readTree(run.out());
            assertThat(j.get("lists").toString()).isEqualTo("[\"AB\",\"c\"]");
            assertThat(j.get("observed").asLong()).isEqualTo(121);
            // two lists, independence: N = n1 · n2 / m = 72 · 61 / 12 (Lincoln–Petersen)
            assertThat(j.get("estimate").asDouble()).isCloseTo(72.0 * 61 / 12, within(1e-6));

            assertThat(yadman(concat(new String[] {"estimate", "--list", "X=a,nope", "--list", "c"}, database)).err())
                    .contains("list 'X': no source named 'nope'");
            assertThat(yadman(concat(new String[] {"estimate", "--stratify", "colour"}, database)).err())
                    .contains("--stratify must be prison, city, sex or period; got 'colour'");
        }
        Path kosovo = file("kosovo.csv", KOSOVO);
        assertThat(yadman("estimate", "--histories", kosovo.toString(), "--store").err())
                .contains("--histories cannot be combined with --stratify, --list or --store");
        assertThat(yadman("estimate", "--histories", kosovo.toString(), "--method", "lcmcr", "--model", "[12,3,4]").err())
                .contains("--model applies to --method loglinear only");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void persianDigitsAreAccepted() throws IOException {
        Path persian = file("fa.csv", "A,B,freq\n۱,۰,۶۰\n۰,۱,۴۹\n۱,۱,۱۲\n");
        Cli.Run run = yadman("estimate", "--histories", persian.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("observed").asLong()).isEqualTo(121);
    }

    @Test
    void noOverlapOrMissingFileOrBadOptionsAreClearErrorsNeverNaN() throws IOException {
        Path disjoint = file("disjoint.csv", "A,B,freq\n1,0,5\n0,1,4\n");
        for (String method : new String[] {"loglinear", "lcmcr", "dga"}) {
            Cli.Run run = yadman("estimate", "--histories", disjoint.toString(), "--method", method, "--sweeps", "1000", "--json");
            assertThat(run.status()).as(method).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("nobody was recorded by two or more lists").doesNotContain("NaN");
        }
        Cli.Run missing = yadman("estimate", "--histories", dir.resolve("nope.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
        Path kosovo = file("kosovo.csv", KOSOVO);
        assertThat(yadman("estimate", "--histories", kosovo.toString(), "--method", "magic").err())
                .contains("--method must be loglinear, lcmcr or dga; got 'magic'");
        assertThat(yadman("estimate", "--histories", kosovo.toString(), "--level", "95").err())
                .contains("--level must be between 0 and 1");
        assertThat(yadman("estimate", "--histories", kosovo.toString(), "--model", "[123,15]").err())
                .contains("list numbers in a model name must be 1..4");
        assertThat(yadman("estimate", "--histories", kosovo.toString(), "--model", "[1234]").err())
                .contains("saturates the model");
    }
}
