package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.testing.Cli;

/**
 * Person and act bundles: each imported record proved alone through its import's leaf (the other
 * records of the import stay out), link decisions and assertions with their proofs, all checked
 * offline; a changed record or raw JSON is named.
 */
class PersonBundleTest {
    @TempDir Path dir;

    private long person;
    private long act;

    private LogFixture fixture() throws Exception {
        LogFixture f = new LogFixture(dir.resolve("data"));
        f.importList("more.csv", "record_id,name,death\nY1,Other Person,1367\nY2,Mahmoud Tehrani,1366\nY3,Zahra Ahmadi,\n"
                + "Y4,Reza Karimi,1367\nY5,Hassan Moradi,\n");
        f.sign(LogFixture.T0);
        person = f.db.jdbi().withHandle(h -> h.createQuery("SELECT l.person_id FROM record_link l JOIN source_record r ON r.id = l.source_record_id"
                + " WHERE r.record_key = 'X1'").mapTo(Long.class).one());
        // A reviewer moves Y4 to the person of X1: the old link superseded, a new one logged.
        f.db.jdbi().useTransaction(h -> {
            long y4 = h.createQuery("SELECT id FROM source_record WHERE record_key = 'Y4'").mapTo(Long.class).one();
            h.execute("UPDATE record_link SET superseded_at = now() WHERE source_record_id = ? AND superseded_at IS NULL", y4);
            long link = h.createQuery("INSERT INTO record_link (source_record_id, person_id, decided_by) VALUES (:r, :p, 'reviewer') RETURNING id")
                    .bind("r", y4).bind("p", person).mapTo(Long.class).one();
            EventLog.append(h, EventKind.LINK_DECIDED, link);
            act = h.createQuery("INSERT INTO act (type, date_text, description) VALUES ('execution', 'Mordad 1367', 'Evin') RETURNING id")
                    .mapTo(Long.class).one();
            long x1 = h.createQuery("SELECT id FROM source_record WHERE record_key = 'X1'").mapTo(Long.class).one();
            h.execute("INSERT INTO act_source (act_id, source_id, source_record_id) SELECT ?, source_id, id FROM source_record WHERE id = ?", act, x1);
            long fact = h.createQuery("INSERT INTO assertion (act_id, field, value, source_record_id, credibility) VALUES (:a, 'place', 'Evin', :r, 3)"
                    + " RETURNING id").bind("a", act).bind("r", x1).mapTo(Long.class).one();
            EventLog.append(h, EventKind.ASSERTION_ADDED, fact);
        });
        return f;
    }

    private Path write(LogFixture f, BundleContents contents) throws Exception {
        Path zip = dir.resolve("bundle-" + System.nanoTime() + ".zip");
        new BundleWriter(f.db.dataSource(), f.store, f.signer).write(contents, zip, LogFixture.T0.plusSeconds(60));
        return zip;
    }

    @Test
    void aPersonBundleProvesEachRecordAloneAndVerifiesOffline() throws Exception {
        Path zip;
        try (LogFixture f = fixture()) {
            try (Connection c = f.db.dataSource().getConnection()) {
                zip = write(f, BundleContents.person(c, person));
            }
            assertThat(f.verify().problems()).as("the log itself is intact").isEmpty();
        }
        BundleVerifier.Report report = BundleVerifier.verify(zip, null);
        assertThat(report.problems()).isEmpty();
        Map<String, byte[]> files = BundleTest.read(zip);
        List<String> raws = files.keySet().stream().filter(p -> p.endsWith("/raw.json")).toList();
        assertThat(raws).hasSize(2);
        String all = raws.stream().map(p -> new String(files.get(p), StandardCharsets.UTF_8)).reduce("", String::concat);
        assertThat(all).contains("KARIMI, Hussayn").contains("Reza Karimi");
        assertThat(files.keySet()).anySatisfy(p -> assertThat(p).matches("data/rows/\\d+/links/\\d+/row.txt"))
                .anySatisfy(p -> assertThat(p).matches("data/rows/\\d+/records/\\d+/proof"));
        // the records carry their facts (V13): the proved record text holds the names as read
        assertThat(files.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).matches("data/rows/\\d+/records/\\d+/row.txt");
            assertThat(new String(e.getValue(), StandardCharsets.UTF_8)).contains("given_name").contains("Hussayn");
        });
        long linkLeaves = files.keySet().stream().filter(p -> p.startsWith("data/items/") && p.endsWith("/row.json"))
                .filter(p -> new String(files.get(p), StandardCharsets.UTF_8).contains("\"decided_by\": \"reviewer\"")).count();
        assertThat(linkLeaves).as("the reviewer's decision is proved by its own leaf").isEqualTo(1);
        files.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path).doesNotContain("Other Person")
                .doesNotContain("Zahra Ahmadi"));
        String html = new String(files.get("data/manifest.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Evidence bundle: person " + person).contains("Link decisions").contains("reviewer").contains("Reza Karimi");
        assertThat(new String(files.get("data/manifest.fa.html"), StandardCharsets.UTF_8)).contains("تصمیم‌های پیوند");
    }

    @Test
    void anActBundleCarriesItsAssertionsAndSources() throws Exception {
        Path zip;
        try (LogFixture f = fixture()) {
            try (Connection c = f.db.dataSource().getConnection()) {
                zip = write(f, BundleContents.act(c, act));
                assertThatThrownBy(() -> BundleContents.act(c, 999)).hasMessage("act 999 does not exist");
            }
        }
        assertThat(BundleVerifier.verify(zip, null).problems()).isEmpty();
        Map<String, byte[]> files = BundleTest.read(zip);
        assertThat(files.entrySet()).anySatisfy(e -> assertThat(e.getKey()).endsWith("/row.json")
                .satisfies(k -> assertThat(new String(e.getValue(), StandardCharsets.UTF_8)).contains("\"value\": \"Evin\"")));
        assertThat(files.keySet()).anySatisfy(p -> assertThat(p).matches("data/rows/\\d+/records/\\d+/raw.json"));
        assertThat(new String(files.get("data/manifest.html"), StandardCharsets.UTF_8)).contains("Mordad 1367").contains("execution");
    }

    @Test
    void aChangedRecordOrRawJsonIsNamed() throws Exception {
        Path zip;
        try (LogFixture f = fixture()) {
            try (Connection c = f.db.dataSource().getConnection()) {
                zip = write(f, BundleContents.person(c, person));
            }
        }
        String raw = BundleTest.read(zip).keySet().stream().filter(p -> p.endsWith("/raw.json")).findFirst().orElseThrow();
        String dir = raw.substring(0, raw.length() - "raw.json".length());
        Path badRaw = rewrite(zip, m -> m.put(raw, new String(m.get(raw), StandardCharsets.UTF_8).replace("1367", "1368")
                .replace("Karimi", "Karami").replace("KARIMI", "KARAMI").getBytes(StandardCharsets.UTF_8)));
        assertThat(BundleVerifier.verify(badRaw, null).problems()).singleElement().asString().contains(dir + "raw.json differs");
        Path badRow = rewrite(zip, m -> {
            for (String p : List.of(dir + "row.txt", dir + "raw.json")) {
                m.put(p, new String(m.get(p), StandardCharsets.UTF_8).replace("Karimi", "Karami").replace("KARIMI", "KARAMI")
                        .getBytes(StandardCharsets.UTF_8));
            }
        });
        assertThat(BundleVerifier.verify(badRow, null).problems()).singleElement().asString()
                .contains(dir + "row.txt is not the row the log committed to");
        String leaf = "data/items/" + dir.split("/")[2] + "/";
        Path noLeaf = rewrite(zip, m -> m.keySet().removeIf(p -> p.startsWith(leaf)));
        assertThat(BundleVerifier.verify(noLeaf, null).problems()).anySatisfy(p -> assertThat(p).contains(dir)
                .contains(leaf + "leaf, which the proof leads to, is missing"));
    }

    @Test
    void aProtectedWitnessRecordStaysOutOfAPersonBundle() throws Exception {
        try (LogFixture f = fixture()) {
            f.sql("UPDATE source SET protected = true WHERE id = (SELECT source_id FROM source_record WHERE record_key = 'Y4')");
            Path zip;
            try (Connection c = f.db.dataSource().getConnection()) {
                BundleContents contents = BundleContents.person(c, person);
                zip = write(f, contents);
            }
            Map<String, byte[]> files = BundleTest.read(zip);
            List<String> raws = files.keySet().stream().filter(p -> p.endsWith("/raw.json")).toList();
            assertThat(raws).hasSize(1);
            files.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path)
                    .doesNotContain("Reza Karimi").doesNotContain("List more.csv"));
            assertThat(BundleVerifier.verify(zip, null).problems()).isEmpty();
        }
    }

    @Test
    void fromTheCommandLine() throws Exception {
        try (LogFixture f = fixture()) {
            String url = ((HikariDataSource) f.db.dataSource()).getJdbcUrl();
            Path zip = dir.resolve("person.zip");
            String[] db = {"--data", f.data.toString(), "--db-url", url, "--db-user", "postgres"};
            assertThat(cli.run(concat(new String[] {"bundle", "--person", String.valueOf(person), "-o", zip.toString()}, db)))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).contains("person " + person);
            assertThat(cli.run("verify", zip.toString())).as(cli.err()).isZero();
            // two records (their facts inside), their links and the leaves that prove them; no imported assertion rows since V13
            assertThat(cli.out()).contains("\nOK: 6 logged events and rows");
            assertThat(cli.run(concat(new String[] {"bundle", "--act", "999", "-o", dir.resolve("x.zip").toString()}, db))).isEqualTo(1);
            assertThat(cli.err()).contains("act 999 does not exist");
            assertThat(cli.run(concat(new String[] {"bundle", "--act", "1", "--person", "1", "-o", zip.toString()}, db))).isEqualTo(2);
        }
    }

    private final Cli.Runner cli = new Cli.Runner();

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A copy of the bundle with {@code edit} applied and the BagIt manifests redone to match. */
    private Path rewrite(Path zip, Consumer<Map<String, byte[]>> edit) throws IOException {
        return BundleTest.rewrite(dir, zip, edit, true);
    }
}
