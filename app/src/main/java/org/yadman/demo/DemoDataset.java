package org.yadman.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.yadman.demo.DemoLists.DemoList;

/**
 * Writes the demo's lists as files an organisation might send: one CSV (UTF-8) and one import
 * mapping (YAML) per list, plus {@code truth.csv}, which says which invented person each record
 * is (for evaluating linkage; never imported). The directory appears complete or not at all.
 */
public final class DemoDataset {
    /** The seed of the demo shipped with Yadman: the same on every machine. */
    public static final long SEED = 1988;
    /** Persons in the invented population; the lists hold part of them each. */
    public static final int POPULATION = 2000;

    /** One list on disk. */
    public record ListFiles(DemoList list, Path csv, Path mapping) {}

    private DemoDataset() {}

    /** Generates the population and its lists and writes them into {@code dir}, which must not exist yet. */
    public static List<ListFiles> write(Path dir, long seed, int population) {
        if (Files.exists(dir)) throw new IllegalArgumentException(dir + " already exists; the demo lists are written into a new directory");
        List<DemoList> lists = DemoLists.generate(SyntheticPopulation.generate(NameTables.load(), seed, population), seed);
        Path parent = dir.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, ".demo-lists-");
            try {
                for (DemoList list : lists) {
                    writeCsv(staging.resolve(list.stem() + ".csv"), list.headers(), list.rows());
                    Files.writeString(staging.resolve(list.stem() + ".yaml"), list.mappingYaml(), StandardCharsets.UTF_8);
                }
                writeCsv(staging.resolve("truth.csv"), List.of("file", "record_id", "person_id"), truth(lists));
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo lists to " + dir + ": " + e.getMessage(), e);
        }
        List<ListFiles> files = new ArrayList<>();
        for (DemoList list : lists) {
            files.add(new ListFiles(list, dir.resolve(list.stem() + ".csv"), dir.resolve(list.stem() + ".yaml")));
        }
        return files;
    }

    private static List<List<String>> truth(List<DemoList> lists) {
        List<List<String>> rows = new ArrayList<>();
        for (DemoList list : lists) {
            for (int i = 0; i < list.rows().size(); i++) {
                rows.add(List.of(list.stem() + ".csv", list.rows().get(i).get(0), "P" + list.personNumbers().get(i)));
            }
        }
        return rows;
    }

    /** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
    static void writeCsv(Path file, List<String> headers, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeLine(out, headers);
            for (List<String> row : rows) writeLine(out, row);
        }
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            String cell = cells.get(i);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write("\r\n");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
