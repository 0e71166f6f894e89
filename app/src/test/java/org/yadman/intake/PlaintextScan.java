package org.yadman.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * Looks for a marker everywhere plaintext could land: every row of every table in the text form
 * pg_dump would write (bytea as hex), and every file under the database's data directory (tables,
 * WAL) and the temporary directory (where a multipart parser might spool).
 */
final class PlaintextScan {
    private PlaintextScan() {}

    /**
     * Where any of {@code markers} was found ("table x: marker", "file y: marker"); empty when
     * nowhere. Files changed since {@code since} (only they can hold what the test wrote): this
     * database's own directory, the shared WAL and catalog under the data directory, and the
     * files directly in the temporary directory, where a multipart parser would spool a part (a
     * scan of everything would take minutes on a shared machine).
     */
    static List<String> find(Jdbi jdbi, java.time.Instant since, String... markers) throws IOException {
        return find(jdbi, since, null, markers);
    }

    /** The same, leaving out {@code submittersDevice}: the test's own files and browser profile, the submitter's side. */
    static List<String> find(Jdbi jdbi, java.time.Instant since, Path submittersDevice, String... markers) throws IOException {
        List<String> found = new ArrayList<>();
        jdbi.useHandle(h -> {
            h.execute("CHECKPOINT");
            for (String table : h.createQuery("SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE'").mapTo(String.class).list()) {
                for (String marker : markers) {
                    String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
                    long hits = h.createQuery("SELECT count(*) FROM " + table + " t WHERE strpos(t::text, :m) > 0 OR strpos(t::text, :hex) > 0")
                            .bind("m", marker).bind("hex", hex).mapTo(Long.class).one();
                    if (hits > 0) found.add("table " + table + ": " + marker);
                }
            }
        });
        String dataDirectory = jdbi.withHandle(h -> h.createQuery("SHOW data_directory").mapTo(String.class).one());
        long oid = jdbi.withHandle(h -> h.createQuery("SELECT oid::bigint FROM pg_database WHERE datname = current_database()").mapTo(Long.class).one());
        Path data = Path.of(dataDirectory);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(data.resolve("base").resolve(Long.toString(oid)), data.resolve("pg_wal"), data.resolve("global"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> changedSince(p, since)).forEach(files::add); // plaintext could only have been written since
            }
        }
        try (Stream<Path> walk = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 1)) { // where Jetty spools multipart parts
            walk.filter(p -> submittersDevice == null || !p.startsWith(submittersDevice)).filter(p -> changedSince(p, since)).forEach(files::add);
        } catch (java.io.UncheckedIOException ignored) {
            // a directory vanished while walking (another process's temporary files)
        }
        for (Path file : files) {
            for (String marker : markers) if (contains(file, marker.getBytes(StandardCharsets.UTF_8))) found.add("file " + file + ": " + marker);
        }
        return found;
    }

    private static boolean changedSince(Path p, java.time.Instant since) {
        try {
            return Files.isRegularFile(p) && Files.getLastModifiedTime(p).toInstant().isAfter(since);
        } catch (IOException gone) {
            return false;
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            int keep = needle.length - 1;
            int filled = 0;
            int n;
            while ((n = in.read(buffer, filled, buffer.length - filled)) > 0) {
                filled += n;
                if (indexOf(buffer, filled, needle) >= 0) return true;
                System.arraycopy(buffer, filled - Math.min(keep, filled), buffer, 0, Math.min(keep, filled));
                filled = Math.min(keep, filled);
            }
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static int indexOf(byte[] hay, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
