package org.yadman.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.yadman.importing.ImportRequest;
import org.yadman.importing.Importer;
import org.yadman.importing.Mapping;
import org.yadman.store.Database;

/**
 * What the per-row commitment of an import costs: the import leaf computed with Merkle roots over
 * the rows (as logged) beside a flat SHA-256 of the same rows (the former form, which cannot
 * prove one row alone), on one imported list. Not part of the suite; see docs/benchmarks.md.
 * Args: DIR LIST.csv MAPPING.yaml [REPEATS].
 */
final class ImportLeafBench {
    private ImportLeafBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        try (Database db = Database.embedded(dir.resolve("bench-data"))) {
            long t0 = System.nanoTime();
            long importId = Importer.run(db, ImportRequest.of(Path.of(args[1]), "bench", Mapping.load(Path.of(args[2])))).importId();
            System.out.printf("import (with its leaf): %.1f s%n", (System.nanoTime() - t0) / 1e9);
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                for (int i = 0; i < repeats; i++) {
                    long a = System.nanoTime();
                    RowDigests.leaf(c, EventKind.IMPORT, importId);
                    long b = System.nanoTime();
                    long rows = 0;
                    for (EventKind.Part p : EventKind.IMPORT.parts()) {
                        if (p.shape() == EventKind.Shape.TREE) rows += flat(c, p.sql(), importId);
                    }
                    long d = System.nanoTime();
                    System.out.printf("run %d: leaf with Merkle roots %.2f s | flat SHA-256 of the same %d rows %.2f s%n",
                            i + 1, (b - a) / 1e9, rows, (d - b) / 1e9);
                }
                c.rollback();
            }
        }
    }

    private static long flat(Connection c, String sql, long id) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long n = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(1000);
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sha.update(r.getString(1).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                    n++;
                }
            }
        }
        return n;
    }
}
