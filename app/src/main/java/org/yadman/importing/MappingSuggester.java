package org.yadman.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yadman.linkage.PersianText;

/**
 * Proposes a mapping for a list from its headers (English or Persian) and a sample of its values:
 * Persian-script values make the script persian, 13xx years make the calendar solar_hijri. The
 * proposal is YAML to be read and corrected by a person, never applied unseen.
 */
public final class MappingSuggester {
    private static final int SAMPLE_ROWS = 500;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[34]\\d\\d|19\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern SOLAR_MONTH = Pattern.compile("(?i)farvardin|ordibehesht|khordad|mordad|amordad|shahrivar|"
            + "mehr|aban|azar|bahman|esfand|فروردین|اردیبهشت|خرداد|مرداد|شهریور|مهر|آبان|آذر|بهمن|اسفند");
    private static final Map<String, String> HEADERS = new HashMap<>();
    private static final Set<String> AMBIGUOUS_NAME = Set.of("name", "نام");
    private static final Set<String> NAME_LIKE = Set.of("given_name", "surname", "full_name", "father_name", "city", "prison");

    static {
        words("id", "id", "record_id", "record", "record_no", "recordid", "no", "number", "شناسه", "ردیف", "کد", "شماره");
        words("given_name", "first_name", "firstname", "given_name", "given", "forename", "نام کوچک");
        words("surname", "last_name", "lastname", "surname", "family_name", "family", "نام خانوادگی", "فامیلی", "نام فامیل");
        words("full_name", "full_name", "fullname", "name", "نام و نام خانوادگی", "نام کامل", "نام");
        words("father_name", "father_name", "fathers_name", "father's name", "father", "patronymic", "نام پدر", "پدر");
        words("birth_year", "birth_year", "year_of_birth", "yob", "born", "سال تولد", "متولد");
        words("birth_date", "birth_date", "date_of_birth", "dob", "تاریخ تولد");
        words("age", "age", "age_at_death", "سن");
        words("death_date", "date_of_death", "death_date", "executed", "execution_date", "date_of_execution", "died",
                "date_executed", "تاریخ اعدام", "تاریخ فوت", "تاریخ مرگ", "تاریخ شهادت", "تاریخ اجرای حکم");
        words("city", "city", "town", "hometown", "شهر", "شهرستان", "زادگاه");
        words("prison", "prison", "place_of_detention", "زندان", "محل زندان");
        words("affiliation", "affiliation", "organisation", "organization", "party", "group", "وابستگی", "سازمان", "گروه",
                "وابستگی سازمانی", "اتهام");
        words("sex", "sex", "gender", "جنسیت", "جنس");
        words("notes", "notes", "note", "comments", "comment", "remarks", "description", "توضیحات", "یادداشت", "ملاحظات");
        words("ignore", "reported_by", "source", "reporter", "گزارش دهنده", "منبع");
    }

    private static void words(String kind, String... headers) {
        for (String h : headers) HEADERS.putIfAbsent(PersianText.compactKey(h), kind);
    }

    private MappingSuggester() {}

    /** The proposed mapping for a CSV or XLSX file, as commented YAML. */
    public static String suggest(Path file) throws IOException {
        Sample sample = Sample.read(file);
        List<String> headers = sample.headers;
        String[] kinds = new String[headers.size()];
        boolean hasSurname = false;
        for (int i = 0; i < headers.size(); i++) {
            kinds[i] = HEADERS.get(PersianText.compactKey(headers.get(i)));
            hasSurname |= "surname".equals(kinds[i]);
        }
        for (int i = 0; i < headers.size(); i++) {
            if (hasSurname && AMBIGUOUS_NAME.contains(PersianText.normalise(headers.get(i)))) kinds[i] = "given_name";
        }
        int id = -1;
        for (int i = 0; i < kinds.length && id < 0; i++) if ("id".equals(kinds[i])) id = i;
        for (int i = 0; i < kinds.length && id < 0; i++) if (kinds[i] == null && sample.uniqueAndFilled(i)) id = i;

        StringBuilder y = new StringBuilder();
        y.append("# Proposed mapping for ").append(file.getFileName()).append(" from its headers and ")
                .append(sample.rows.size()).append(" sample rows. Check every line before importing.\n");
        if (id < 0) y.append("# No column looks like a record id: name it here.\n");
        y.append("id: ").append(quote(id < 0 ? "CHANGE_ME" : headers.get(id))).append('\n');
        y.append("script: ").append(sample.script(kinds)).append('\n');
        y.append("calendar: ").append(sample.calendar(kinds)).append('\n');
        if (sample.delimiter != null && sample.delimiter != ',') {
            y.append("delimiter: ").append(sample.delimiter == '\t' ? "tab" : quote(sample.delimiter.toString())).append('\n');
        }
        if (java.util.Arrays.asList(kinds).contains("age")) {
            y.append("# Ages count back from the row's death date; for rows without one, give the year they refer to:\n")
                    .append("# age_reference: 1988\n");
        }
        y.append("source:\n  title: ").append(quote(String.valueOf(file.getFileName()))).append('\n')
                .append("  # supplied_by: who gave the list\n  # reliability: A to F\n  # language: fa or en\n");
        y.append("columns:\n");
        for (int i = 0; i < headers.size(); i++) {
            if (i == id) continue;
            String kind = kinds[i] == null || "id".equals(kinds[i]) ? "ignore" : kinds[i];
            y.append("  ").append(quote(headers.get(i))).append(": ");
            if (kind.equals("full_name")) y.append("{kind: full_name, order: ").append(sample.nameOrder(i)).append('}');
            else if (kind.equals("notes") && sample.hasPatronymic(i)) y.append("{kind: notes, patronymic: true}");
            else y.append(kind);
            if (kinds[i] == null) y.append("   # header not recognised: choose a kind");
            y.append('\n');
        }
        return y.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The header and the first rows of a file. */
    private static final class Sample implements RowSource.Handler {
        private static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }

        List<String> headers = List.of();
        final List<List<String>> rows = new ArrayList<>();
        Character delimiter;

        static Sample read(Path file) throws IOException {
            Sample sample = new Sample();
            boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
            RowSource source = xlsx ? new XlsxRowSource(file, ImportRequest.DEFAULT_MAX_FIELD_BYTES)
                    : new CsvRowSource(file, null, ImportRequest.DEFAULT_MAX_FIELD_BYTES);
            try {
                source.read(sample);
            } catch (Enough done) {
                // the sample is full
            }
            if (source instanceof CsvRowSource csv) sample.delimiter = csv.delimiter();
            return sample;
        }

        @Override
        public void header(List<String> names) {
            headers = names;
        }

        @Override
        public void row(RawRow row) {
            rows.add(row.fields());
            if (rows.size() >= SAMPLE_ROWS) throw new Enough();
        }

        private String value(List<String> row, int i) {
            return i < row.size() ? row.get(i).strip() : "";
        }

        boolean uniqueAndFilled(int column) {
            Set<String> seen = new HashSet<>();
            for (List<String> row : rows) if (value(row, column).isEmpty() || !seen.add(value(row, column))) return false;
            return !rows.isEmpty();
        }

        /** From the names and places only: words like "brother" in other columns say nothing of the list's script. */
        String script(String[] kinds) {
            int persian = 0, latin = 0;
            for (List<String> row : rows) {
                for (int i = 0; i < kinds.length; i++) {
                    if (kinds[i] == null || !NAME_LIKE.contains(kinds[i])) continue;
                    switch (PersianText.script(value(row, i))) {
                        case PERSIAN -> persian++;
                        case LATIN -> latin++;
                        case MIXED -> { persian++; latin++; }
                        default -> { }
                    }
                }
            }
            if (persian == 0 && latin == 0) return "latin";
            if (persian >= 0.9 * (persian + latin)) return "persian";
            if (latin >= 0.9 * (persian + latin)) return "latin";
            return "mixed";
        }

        /** solar_hijri when any date or year column holds a 13xx year or a Solar Hijri month name. */
        String calendar(String[] kinds) {
            for (List<String> row : rows) {
                for (int i = 0; i < kinds.length; i++) {
                    if (kinds[i] == null || !(kinds[i].endsWith("_date") || kinds[i].equals("birth_year"))) continue;
                    String v = PersianText.digitsToAscii(value(row, i));
                    Matcher year = YEAR.matcher(v);
                    while (year.find()) if (year.group(1).startsWith("13")) return "solar_hijri";
                    if (SOLAR_MONTH.matcher(v).find()) return "solar_hijri";
                }
            }
            return "gregorian";
        }

        /** given_first unless names carry a comma ("KARIMI, Hussayn"), then either (the comma decides). */
        String nameOrder(int column) {
            for (List<String> row : rows) if (value(row, column).contains(",") || value(row, column).contains("،")) return "either";
            return "given_first";
        }

        boolean hasPatronymic(int column) {
            for (List<String> row : rows) if (NameParts.patronymic(value(row, column)) != null) return true;
            return false;
        }
    }
}
