package org.yadman.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.Yadman;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

class DemoSetupTest {
    @TempDir Path data;

    @Test
    void firstRunImportsAndPublishesTheSyntheticListsAndLaterRunsReuseThem() throws Exception {
        try (var site = RunningSite.start(true)) {
            var out = new ByteArrayOutputStream();
            var first = DemoSetup.ensure(site.database(), data, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(first.created()).isTrue();
            assertThat(first.sources()).as("four lists, and the two sources the demo acts cite").isEqualTo(6);
            assertThat(first.records()).isGreaterThan(DemoDataset.POPULATION / 2);
            // Linkage joined the records of one invented person across the lists: fewer persons
            // than records, and about as many as the invented people the lists hold (truth.csv).
            long truePersons;
            try (var lines = Files.lines(data.resolve(DemoSetup.LISTS_DIRECTORY).resolve("truth.csv"))) {
                truePersons = lines.skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)).distinct().count();
            }
            assertThat(first.persons()).isLessThan(first.records())
                    .isBetween(truePersons * 95 / 100, truePersons * 105 / 100);
            var jdbi = site.database().jdbi();
            List<String> bases = jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT basis FROM publication").mapTo(String.class).list());
            assertThat(bases).containsExactly("synthetic_demo");
            boolean allSynthetic = jdbi.withHandle(h -> h.createQuery(
                    "SELECT bool_and(synthetic) AND bool_and(title ILIKE '%synthetic%') FROM source").mapTo(Boolean.class).one());
            assertThat(allSynthetic).isTrue();
            assertThat(Files.exists(data.resolve(DemoSetup.LISTS_DIRECTORY).resolve("truth.csv"))).isTrue();

            var second = DemoSetup.ensure(site.database(), data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(second.created()).isFalse();
            assertThat(second.records()).isEqualTo(first.records());
            long batches = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM import_batch").mapTo(Long.class).one());
            assertThat(batches).isEqualTo(4);

            // The demo is searchable in both scripts and every page says it is synthetic.
            String persian = Files.readAllLines(data.resolve("demo-lists/families_committee.csv")).get(1).split(",")[1];
            var found = site.get("/fa/search?q=" + URLEncoder.encode(persian, StandardCharsets.UTF_8)).body();
            assertThat(found).contains("/fa/person/").contains("داده‌های نمایشی ساختگی");
            String latin = Files.readAllLines(data.resolve("demo-lists/rights_org.csv")).get(1).split(",")[2];
            assertThat(site.get("/en/search?q=" + latin).body()).contains("/en/person/").contains("Synthetic demonstration data");
            String sources = site.get("/en/sources").body();
            assertThat(sources).contains("Families' committee list (synthetic demo)", "(synthetic)").doesNotContain("Protected witnesses");
            // Every list has records; only the source the demo's acts cite, which has no rows of its own, shows none.
            assertThat(sources.split(">0<", -1)).hasSize(3);
            assertThat(sources).contains("Commission records (synthetic demo)</a> <span class=\"synthetic-mark\">(synthetic)</span></td>\n<td>0</td><td>0</td>");
        }
    }

    @Test
    void refusesADatabaseWithRealSources() {
        try (var db = TestDatabases.fresh()) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO source (name) VALUES ('real-list')"));
            assertThatThrownBy(() -> DemoSetup.ensure(db, data, System.out))
                    .hasMessageContaining("real-list").hasMessageContaining("--data");
            long sources = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM source").mapTo(Long.class).one());
            assertThat(sources).isEqualTo(1);
        }
    }

    @Test
    void demoIsACommand() {
        assertThat(Yadman.commandLine().getSubcommands()).containsKey("demo");
        assertThat(List.of(Yadman.commandLine().getSubcommands().get("demo").getCommandSpec().options().stream()
                .flatMap(o -> List.of(o.names()).stream()).toArray())).contains("--data", "--port");
    }
}
