package org.yadman.estimate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the reference data under {@code ${yadman.shared}/data/mse}; skips the test when it is absent. */
final class SharedData {
  private SharedData() {}

  static Path mse() {
    String shared = System.getProperty("yadman.shared");
    assumeTrue(shared != null, "system property yadman.shared is not set: reference data unavailable");
    Path p = Path.of(shared, "data", "mse");
    assumeTrue(Files.isDirectory(p), "reference data not found at " + p);
    return p;
  }

  static Path file(String relative) {
    Path p = mse().resolve(relative);
    assumeTrue(Files.isRegularFile(p), "reference file not found: " + p);
    return p;
  }

  /** A CSV as a header and rows of strings (no quoting in these files). */
  record Csv(List<String> header, List<String[]> rows) {
    int col(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + name + " in " + header);
      }
      return i;
    }
  }

  static Csv csv(String relative) {
    try {
      List<String> lines = Files.readAllLines(file(relative));
      List<String> header = Arrays.asList(strip(lines.get(0).split(",", -1)));
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(strip(splitCsv(line)));
        }
      }
      return new Csv(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
      if (c == ',' && depth == 0 && !quoted) {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out.toArray(String[]::new);
  }

  private static String[] strip(String[] a) {
    for (int i = 0; i < a.length; i++) {
      a[i] = a[i].strip();
      if (a[i].startsWith("\"") && a[i].endsWith("\"") && a[i].length() >= 2) {
        a[i] = a[i].substring(1, a[i].length() - 1);
      }
    }
    return a;
  }

  /** A dataset of histories: every column but "freq" is a list. */
  static CaptureHistories histories(String datasetFile) {
    Csv c = csv("datasets/" + datasetFile);
    int freq = c.col("freq");
    List<String> lists = new ArrayList<>(c.header());
    lists.remove(freq);
    CaptureHistories.Builder b = CaptureHistories.builder(lists.toArray(String[]::new));
    for (String[] row : c.rows()) {
      int[] flags = new int[lists.size()];
      for (int j = 0, o = 0; j < row.length; j++) {
        if (j != freq) {
          flags[o++] = Integer.parseInt(row[j]);
        }
      }
      if (java.util.Arrays.stream(flags).sum() == 0) {
        continue; // Rcapture ignores rows captured on no occasion (mvole: caught in other periods only)
      }
      b.add(flags, Long.parseLong(row[freq]));
    }
    return b.build();
  }

  /** A frequency-by-captures dataset: f[c-1] for c = 1 … max. */
  static long[] frequencies(String datasetFile) {
    Csv c = csv("datasets/" + datasetFile);
    Map<Integer, Long> m = new LinkedHashMap<>();
    int max = 0;
    for (String[] row : c.rows()) {
      int k = Integer.parseInt(row[c.col("nbcap")]);
      m.merge(k, Long.parseLong(row[c.col("freq")]), Long::sum);
      max = Math.max(max, k);
    }
    long[] f = new long[max];
    m.forEach((k, v) -> f[k - 1] = v);
    return f;
  }

  static double num(String s) {
    return switch (s) {
      case "NA" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }
}
