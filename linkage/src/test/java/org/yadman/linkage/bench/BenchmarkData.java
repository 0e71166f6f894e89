package org.yadman.linkage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yadman.linkage.BlockingRule;
import org.yadman.linkage.LinkageSettings;
import org.yadman.linkage.Record;
import org.yadman.linkage.compare.JaroWinklerAtThresholds;
import org.yadman.linkage.compare.PersonFields;

/**
 * Reads the shared benchmark data ({@code shared/data}) into {@link Record}s and truths, for
 * the tests and the bench mains. Nothing is copied into the repository.
 */
public final class BenchmarkData {

    /** Lists-dev sources whose truth shows no person twice (testimonies does). */
    public static final String[] LISTS_DEV_DUPLICATE_FREE = {"families_committee", "rights_org", "published_list"};

    private BenchmarkData() {
    }

    /** The shared data folder, or null when absent. */
    public static Path shared() {
        Path path = Path.of(System.getProperty("yadman.shared", "../../shared"), "data");
        return Files.isDirectory(path) ? path : null;
    }

    /** The four development lists, fields mapped to {@link PersonFields}. */
    public static List<Record> listsDev(Path data) {
        Path dir = data.resolve("lists-dev");
        List<Record> records = new ArrayList<>();
        for (Map<String, String> row : csv(dir.resolve("families_committee.csv"))) {
            records.add(record(row, "families_committee", Map.of("نام", PersonFields.GIVEN_NAME,
                "نام خانوادگی", PersonFields.SURNAME, "نام پدر", PersonFields.FATHER_NAME, "سال تولد", PersonFields.BIRTH,
                "شهر", PersonFields.CITY, "زندان", PersonFields.PRISON, "تاریخ اعدام", PersonFields.DEATH)));
        }
        for (Map<String, String> row : csv(dir.resolve("rights_org.csv"))) {
            records.add(record(row, "rights_org", Map.of("first_name", PersonFields.GIVEN_NAME,
                "last_name", PersonFields.SURNAME, "father_name", PersonFields.FATHER_NAME, "age", PersonFields.AGE,
                "city", PersonFields.CITY, "prison", PersonFields.PRISON, "date_of_death", PersonFields.DEATH)));
        }
        for (Map<String, String> row : csv(dir.resolve("published_list.csv"))) {
            records.add(record(row, "published_list", Map.of("full_name", PersonFields.FULL_NAME,
                "city", PersonFields.CITY, "executed", PersonFields.DEATH, "notes", PersonFields.NOTES)));
        }
        for (Map<String, String> row : csv(dir.resolve("testimonies.csv"))) {
            records.add(record(row, "testimonies", Map.of("name", PersonFields.FULL_NAME,
                "father", PersonFields.FATHER_NAME, "city", PersonFields.CITY, "year_of_birth", PersonFields.BIRTH,
                "prison", PersonFields.PRISON)));
        }
        return records;
    }

    /** Person id by record id for the development lists. */
    public static Map<String, String> listsDevTruth(Path data) {
        Map<String, String> truth = new HashMap<>();
        for (Map<String, String> row : csv(data.resolve("lists-dev/truth_records.csv"))) {
            truth.put(row.get("record_id"), row.get("person_id"));
        }
        return truth;
    }

    private static Record record(Map<String, String> row, String source, Map<String, String> columns) {
        Map<String, String> fields = new HashMap<>();
        columns.forEach((column, field) -> {
            String value = row.get(column);
            if (value != null && !value.isBlank()) {
                fields.put(field, value);
            }
        });
        return new Record(row.get("record_id"), source, fields);
    }

    /** A FEBRL file ({@code linkage/febrl/datasetN.csv}) as records of the given source. */
    public static List<Record> febrl(Path data, String file, String source) {
        List<Record> records = new ArrayList<>();
        for (Map<String, String> row : csv(data.resolve("linkage/febrl").resolve(file))) {
            Map<String, String> fields = new HashMap<>();
            row.forEach((k, v) -> {
                if (!k.equals("rec_id") && !v.isBlank()) {
                    fields.put(k, v.strip());
                }
            });
            records.add(new Record(row.get("rec_id"), source, fields));
        }
        return records;
    }

    /** FEBRL truth: rec-N-org and rec-N-dup-k are person N. */
    public static Map<String, String> febrlTruth(List<Record> records) {
        Map<String, String> truth = new HashMap<>();
        for (Record r : records) {
            truth.put(r.id(), r.id().split("-")[1]);
        }
        return truth;
    }

    /** FEBRL settings: five blocking passes, JW levels on names and addresses. */
    public static LinkageSettings febrlSettings(String... duplicateFreeSources) {
        BlockingRule[] rules = {BlockingRule.exact("given_name"), BlockingRule.exact("surname"),
            BlockingRule.exact("date_of_birth"), BlockingRule.exact("soc_sec_id"),
            BlockingRule.exact("postcode", "street_number")};
        return LinkageSettings.builder()
            .comparisons(new JaroWinklerAtThresholds("given_name", true, 0.92, 0.8),
                new JaroWinklerAtThresholds("surname", true, 0.92, 0.8),
                JaroWinklerAtThresholds.exact("street_number"),
                new JaroWinklerAtThresholds("address_1", false, 0.9, 0.75),
                new JaroWinklerAtThresholds("suburb", false, 0.9, 0.75),
                new JaroWinklerAtThresholds("postcode", false, 0.9),
                JaroWinklerAtThresholds.exact("state"),
                new JaroWinklerAtThresholds("date_of_birth", false, 0.9),
                new JaroWinklerAtThresholds("soc_sec_id", false, 0.9))
            .blockingRules(rules)
            .trainingRules(rules[0], rules[1], rules[2], rules[3])
            .duplicateFreeSources(duplicateFreeSources)
            .uSamplePairs(300_000)
            .build();
    }

    /** Rows of a CSV file with a header; double quotes protect commas, "" is a quote. */
    public static List<Map<String, String>> csv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = fields(lines.get(0)).stream().map(String::strip).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> values = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i).strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
