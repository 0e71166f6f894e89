package org.yadman.memorial;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yadman.cli.Apps;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
import org.yadman.store.Database;
import org.yadman.web.Site;

/**
 * How fast the public pages answer when the registry is large: imports a SYNTHETIC list
 * (bench/SyntheticList.java) into a fresh embedded registry, publishes every person the way the
 * demo does (one logged publication each), serves the app on loopback and times each public page
 * warm: median and slowest of {@code ROUNDS} requests after {@code WARMUP}. Not part of the suite;
 * command and figures in docs/benchmarks.md ("Memorial pages at scale").
 * Args: CSV MAPPING DATA_DIR.
 */
final class MemorialAtScale {
    private static final int WARMUP = 3;
    private static final int ROUNDS = 15;

    private MemorialAtScale() {}

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        Path data = Path.of(args[2]);
        boolean fresh = !Files.exists(data);
        try (Database db = Database.embedded(data)) {
            if (fresh) prepare(db, csv, Mapping.load(Path.of(args[1])));
            var app = Apps.create(new Site(db, Clock.systemUTC(), true)).start("127.0.0.1", 0);
            try {
                time(db, "http://127.0.0.1:" + app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static void prepare(Database db, Path csv, Mapping mapping) {
        long started = System.nanoTime();
        var report = Importer.run(db, ImportRequest.of(csv, "synthetic-scale", mapping));
        System.out.printf("imported %,d rows in %.1f s%n", report.rowsImported(), (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        long published = db.jdbi().inTransaction(h -> {
            List<Long> ids = h.createQuery("INSERT INTO publication (person_id, basis) SELECT DISTINCT person_id, 'synthetic_demo'"
                    + " FROM record_link WHERE superseded_at IS NULL RETURNING id").mapTo(Long.class).list();
            EventLog.appendAll(h, ids.stream().map(id -> new EventLog.Event(EventKind.PUBLISHED, id)).toList());
            return (long) ids.size();
        });
        System.out.printf("published %,d persons (each a log leaf) in %.1f s%n", published, (System.nanoTime() - started) / 1e9);
        db.jdbi().useHandle(h -> h.execute("ANALYZE"));
    }

    private static void time(Database db, String base) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        var stats = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM person) AS persons,
                       (SELECT min(person_id) FROM record_link) AS first_person,
                       (SELECT min(id) FROM source) AS source""").mapToMap().one());
        String common = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT n FROM source_record, unnest(search_names) n WHERE n LIKE '% %' GROUP BY n ORDER BY count(*) DESC LIMIT 1""")
                .mapTo(String.class).one());
        System.out.printf("registry: %,d persons; most common full name: %s%n", ((Number) stats.get("persons")).longValue(), common);
        long person = ((Number) stats.get("first_person")).longValue();
        long source = ((Number) stats.get("source")).longValue();
        pages.put("home (en)", "/en/");
        pages.put("home (fa)", "/fa/");
        pages.put("search, most common full name", "/en/search?q=" + URLEncoder.encode(common, StandardCharsets.UTF_8));
        pages.put("search, one common given name", "/en/search?q=Mohammad");
        pages.put("search, Persian spelling", "/fa/search?q=" + URLEncoder.encode("حسین کریمی", StandardCharsets.UTF_8));
        pages.put("search, no match", "/en/search?q=Zzyzx");
        pages.put("person page", "/en/person/" + person);
        pages.put("sources", "/en/sources");
        pages.put("source, first page", "/en/source/" + source);
        pages.put("source, page 1000", "/en/source/" + source + "?page=1000");
        pages.put("statistics", "/en/statistics");
        pages.put("map", "/en/map");
        pages.put("timeline", "/en/timeline");
        HttpClient http = HttpClient.newHttpClient();
        System.out.println("| page | status | bytes | median ms | slowest ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (var page : pages.entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page.getValue())).GET().build();
            List<Double> millis = new ArrayList<>();
            HttpResponse<byte[]> last = null;
            for (int i = 0; i < WARMUP + ROUNDS; i++) {
                long t = System.nanoTime();
                last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (i >= WARMUP) millis.add((System.nanoTime() - t) / 1e6);
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("| %s | %d | %,d | %.1f | %.1f |%n", page.getKey(), last.statusCode(), last.body().length,
                    sorted[sorted.length / 2], sorted[sorted.length - 1]);
        }
    }
}
