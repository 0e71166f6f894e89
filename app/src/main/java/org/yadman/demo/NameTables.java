package org.yadman.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's name tables, read from {@code demo/*.tsv} on the class path (see demo/README.md):
 * common names only, in frequency order, each with its Persian form and Latin spellings.
 */
public record NameTables(List<Entry> maleGiven, List<Entry> femaleGiven, List<Entry> surnames,
                         List<Entry> cities, List<Entry> prisons) {

    /** One name: as written in Persian, and its Latin spellings (the usual one first). */
    public record Entry(String persian, List<String> latin) {
        public Entry {
            if (persian.isBlank() || latin.isEmpty()) throw new IllegalArgumentException("empty name table entry");
            latin = List.copyOf(latin);
        }
    }

    public static NameTables load() {
        List<Entry> male = new ArrayList<>();
        List<Entry> female = new ArrayList<>();
        for (String[] row : rows("given_names.tsv", 3)) {
            switch (row[1]) {
                case "m" -> male.add(entry(row[0], row[2]));
                case "f" -> female.add(entry(row[0], row[2]));
                default -> throw new IllegalStateException("demo/given_names.tsv: sex must be m or f, not '" + row[1] + "'");
            }
        }
        List<Entry> surnames = rows("surnames.tsv", 2).stream().map(r -> entry(r[0], r[1])).toList();
        List<Entry> cities = new ArrayList<>();
        List<Entry> prisons = new ArrayList<>();
        for (String[] row : rows("places.tsv", 3)) {
            (row[0].equals("prison") ? prisons : cities).add(entry(row[1], row[2]));
        }
        return new NameTables(List.copyOf(male), List.copyOf(female), surnames, List.copyOf(cities), List.copyOf(prisons));
    }

    private static Entry entry(String persian, String latin) {
        return new Entry(persian.strip(), List.of(latin.strip().split("\\|")));
    }

    private static List<String[]> rows(String file, int columns) {
        String path = "/demo/" + file;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = NameTables.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing name table " + path);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(path + " line " + lineNumber + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
