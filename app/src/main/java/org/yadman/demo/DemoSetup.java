package org.yadman.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.importing.ImportReport;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.linking.LinkRun;
import org.yadman.importing.Mapping;
import org.yadman.store.Database;

/**
 * Puts the synthetic demonstration dataset into a database once: writes the lists (CSV and
 * mapping) under the data directory, imports each through the ordinary importer, links the
 * records into persons with the ordinary link run, and publishes every person of the demo sources on the basis 'synthetic_demo'. Later runs find the demo sources
 * and change nothing. A database holding any real (non-synthetic) source is refused, because every
 * demo page says that everyone shown is invented.
 */
public final class DemoSetup {
    /** Where under the data directory the generated lists are kept. */
    public static final String LISTS_DIRECTORY = "demo-lists";

    public record Outcome(boolean created, long sources, long persons, long records) {}

    private DemoSetup() {}

    public static Outcome ensure(Database db, Path dataDirectory, PrintStream out) {
        return ensure(db, dataDirectory, out, DemoDataset.POPULATION);
    }

    /** The same with a population of another size (tests use a small one to stay fast). */
    public static Outcome ensure(Database db, Path dataDirectory, PrintStream out, int population) {
        refuseRealData(db);
        Path listsDir = dataDirectory.resolve(LISTS_DIRECTORY);
        List<DemoDataset.ListFiles> lists = listsOnDisk(listsDir, out, population);
        boolean created = false;
        for (DemoDataset.ListFiles files : lists) {
            if (sourceExists(db, files.list().sourceName())) continue;
            try {
                ImportReport report = Importer.run(db, ImportRequest.of(files.csv(), files.list().sourceName(),
                        Mapping.load(files.mapping())));
                out.printf("Imported %s: %d records%n", files.csv().getFileName(), report.rowsImported());
                created = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + files.mapping() + ": " + e.getMessage(), e);
            }
        }
        if (created) linkRecords(db, out);
        long published = publishDemoPersons(db);
        if (published > 0) out.printf("Published %d synthetic persons%n", published);
        DemoActs.ensure(db, dataDirectory, out);
        return counts(db, created || published > 0);
    }

    /**
     * Links the demo's records into persons, as an investigator would after importing lists, so
     * that the memorial shows one person with every record of them. No list is declared free of
     * duplicates: the demo makes no such promise. Doubtful pairs wait in the review queue.
     */
    private static void linkRecords(Database db, PrintStream out) {
        LinkRun.Result result = new LinkRun(db.jdbi(), Clock.systemUTC()).run(new LinkRun.Options(
                List.of(), List.of(), 0.5, 0.1, null, "demo", stage -> { }));
        out.printf("Linked %,d records into %,d persons (%,d pairs wait for review)%n",
                result.records(), result.persons(), result.reviewPairs());
    }

    private static Outcome counts(Database db, boolean created) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM source WHERE synthetic) AS sources,
                       (SELECT count(*) FROM publication WHERE withdrawn_at IS NULL) AS persons,
                       (SELECT count(*) FROM source_record) AS records
                """).map((rs, ctx) -> new Outcome(created, rs.getLong("sources"), rs.getLong("persons"), rs.getLong("records"))).one());
    }

    /** The lists generated on an earlier run, or newly generated ones (same seed, same files). */
    private static List<DemoDataset.ListFiles> listsOnDisk(Path listsDir, PrintStream out, int population) {
        if (Files.isDirectory(listsDir)) {
            // The generator is deterministic: regenerating in memory names the same files and
            // sources without touching the ones on disk.
            var people = SyntheticPopulation.generate(NameTables.load(), DemoDataset.SEED, population);
            return DemoLists.generate(people, DemoDataset.SEED).stream()
                    .map(l -> new DemoDataset.ListFiles(l, listsDir.resolve(l.stem() + ".csv"), listsDir.resolve(l.stem() + ".yaml")))
                    .toList();
        }
        out.printf("Generating synthetic demonstration lists in %s%n", listsDir);
        return DemoDataset.write(listsDir, DemoDataset.SEED, population);
    }

    private static void refuseRealData(Database db) {
        List<String> real = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM source WHERE NOT synthetic ORDER BY id LIMIT 5")
                .mapTo(String.class).list());
        if (!real.isEmpty()) {
            throw new IllegalStateException("this database holds real sources (" + String.join(", ", real)
                    + "); the demo labels every page as synthetic, so it runs only on a database of its own: use another --data directory");
        }
    }

    private static boolean sourceExists(Database db, String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM source WHERE name = :n AND synthetic")
                .bind("n", name).mapTo(Long.class).one() > 0);
    }

    /** Publishes every not-yet-published person linked to a synthetic demo source; returns how many. */
    static long publishDemoPersons(Database db) {
        return db.jdbi().inTransaction(h -> {
            List<Long> ids = h.createQuery("""
                INSERT INTO publication (person_id, basis)
                SELECT DISTINCT l.person_id, 'synthetic_demo' FROM record_link l
                JOIN source_record r ON r.id = l.source_record_id
                JOIN source s ON s.id = r.source_id AND s.synthetic AND s.name LIKE 'synthetic-demo-%'
                WHERE l.superseded_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM publication p WHERE p.person_id = l.person_id AND p.withdrawn_at IS NULL)
                RETURNING id
                """).mapTo(Long.class).list();
            // Each publication is an evidentiary event: logged in the same transaction (docs/evidence-log.md).
            EventLog.appendAll(h, ids.stream().map(id -> new EventLog.Event(EventKind.PUBLISHED, id)).toList());
            return (long) ids.size();
        });
    }
}
