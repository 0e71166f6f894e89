package org.yadman.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to read one list: which column is the record id, what every other column holds, the
 * list's script and default calendar, and what is known about its source. Written as YAML
 * (docs/import-mapping.md) or built in code; immutable.
 *
 * @param idColumn header of the column holding each record's id within the list
 * @param columns every other column by header, in file order where known
 * @param script the script the list is written in
 * @param calendar the calendar of dates and years that do not name theirs
 * @param delimiter the field delimiter, or null to detect it from the header line
 * @param ageReferenceYear the year ages refer to when a row has no death date, or null
 * @param source what is known about who supplied the list (used when the source is new)
 */
public record Mapping(String idColumn, Map<String, Column> columns, Script script, Calendar calendar,
                      Character delimiter, Integer ageReferenceYear, SourceInfo source) {

    public enum Script { PERSIAN, LATIN, MIXED }

    public enum Calendar { GREGORIAN, SOLAR_HIJRI, LUNAR_HIJRI }

    /** Word order of a full-name column: "Hussayn Karimi", "KARIMI, Hussayn", or either (a comma decides). */
    public enum NameOrder { GIVEN_FIRST, SURNAME_FIRST, EITHER }

    /**
     * One column: its kind, plus options that only some kinds take.
     *
     * @param order full_name only: the order of given name and surname
     * @param patronymic notes only: extract "son of X", "daughter of X", «فرزند X» as father_name
     * @param calendar dates and years only: overrides the mapping's calendar; null to inherit
     */
    public record Column(FieldKind kind, NameOrder order, boolean patronymic, Calendar calendar) {
        public Column {
            Objects.requireNonNull(kind, "kind");
            if (order == null) order = NameOrder.EITHER;
        }

        public static Column of(FieldKind kind) {
            return new Column(kind, NameOrder.EITHER, false, null);
        }
    }

    /** Metadata recorded on the source when an import creates it. Every field may be null. */
    public record SourceInfo(String title, String suppliedBy, Character reliability, String language, boolean synthetic) {
        public static final SourceInfo NONE = new SourceInfo(null, null, null, null, false);

        public SourceInfo {
            if (reliability != null && (reliability < 'A' || reliability > 'F')) {
                throw new IllegalArgumentException("reliability must be a grade A to F, not '" + reliability + "'");
            }
        }
    }

    public Mapping {
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(calendar, "calendar");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        if (columns.containsKey(idColumn)) {
            throw new IllegalArgumentException("the id column '" + idColumn + "' must not also be listed under columns");
        }
        if (source == null) source = SourceInfo.NONE;
    }

    /** A mapping built in code: every column by header with its kind and no options, no source metadata. */
    public static Mapping of(String idColumn, Script script, Calendar calendar, Map<String, FieldKind> kinds) {
        Map<String, Column> columns = new LinkedHashMap<>();
        kinds.forEach((header, kind) -> columns.put(header, Column.of(kind)));
        return new Mapping(idColumn, columns, script, calendar, null, null, SourceInfo.NONE);
    }

    /** The same mapping with other source metadata. */
    public Mapping withSource(SourceInfo info) {
        return new Mapping(idColumn, columns, script, calendar, delimiter, ageReferenceYear, info);
    }

    /** The calendar for a column's dates: its own, or the list's default. */
    public Calendar calendarOf(Column column) {
        return column.calendar() != null ? column.calendar() : calendar;
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a mapping file; errors name the file and the key at fault. */
    public static Mapping load(Path file) throws IOException {
        try {
            return parse(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static Mapping parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("a mapping is a YAML object with id, script, calendar and columns");
        String id = required(root, "id");
        Script script = enumValue(Script.class, required(root, "script"), "script");
        Calendar calendar = enumValue(Calendar.class, required(root, "calendar"), "calendar");
        Character delimiter = null;
        if (root.hasNonNull("delimiter")) {
            String d = root.get("delimiter").asText();
            if (d.equals("\\t") || d.equalsIgnoreCase("tab")) d = "\t";
            if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r' || d.charAt(0) > 127) {
                throw new IllegalArgumentException("delimiter must be one ASCII character other than a quote or newline (or 'tab'), not '" + d + "'");
            }
            delimiter = d.charAt(0);
        }
        Integer ageReference = root.hasNonNull("age_reference") ? root.get("age_reference").asInt() : null;
        JsonNode columnsNode = root.get("columns");
        if (columnsNode == null || !columnsNode.isObject() || columnsNode.isEmpty()) {
            throw new IllegalArgumentException("'columns' must map every header of the file to a kind (or 'ignore')");
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = columnsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                columns.put(e.getKey(), column(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("column '" + e.getKey() + "': " + ex.getMessage(), ex);
            }
        }
        return new Mapping(id, columns, script, calendar, delimiter, ageReference, sourceInfo(root.get("source")));
    }

    private static Column column(JsonNode node) {
        if (node.isTextual()) return Column.of(FieldKind.fromYaml(node.asText()));
        if (!node.isObject() || !node.hasNonNull("kind")) {
            throw new IllegalArgumentException("give a kind, e.g. 'surname', or an object with 'kind' and options");
        }
        FieldKind kind = FieldKind.fromYaml(node.get("kind").asText());
        NameOrder order = node.hasNonNull("order") ? enumValue(NameOrder.class, node.get("order").asText(), "order") : NameOrder.EITHER;
        boolean patronymic = node.path("patronymic").asBoolean(false);
        Calendar calendar = node.hasNonNull("calendar") ? enumValue(Calendar.class, node.get("calendar").asText(), "calendar") : null;
        if (node.has("order") && kind != FieldKind.FULL_NAME) throw new IllegalArgumentException("'order' applies to full_name only");
        if (patronymic && kind != FieldKind.NOTES) throw new IllegalArgumentException("'patronymic' applies to notes only");
        if (calendar != null && kind != FieldKind.BIRTH_DATE && kind != FieldKind.BIRTH_YEAR && kind != FieldKind.DEATH_DATE) {
            throw new IllegalArgumentException("'calendar' applies to birth_date, birth_year and death_date only");
        }
        return new Column(kind, order, patronymic, calendar);
    }

    private static SourceInfo sourceInfo(JsonNode node) {
        if (node == null || node.isNull()) return SourceInfo.NONE;
        String grade = text(node, "reliability");
        if (grade != null && grade.length() != 1) throw new IllegalArgumentException("source.reliability must be one letter A to F, not '" + grade + "'");
        return new SourceInfo(text(node, "title"), text(node, "supplied_by"),
                grade == null ? null : Character.toUpperCase(grade.charAt(0)), text(node, "language"),
                node.path("synthetic").asBoolean(false));
    }

    private static String text(JsonNode node, String key) {
        return node.hasNonNull(key) ? node.get(key).asText() : null;
    }

    private static String required(JsonNode root, String key) {
        String value = text(root, key);
        if (value == null || value.isBlank()) throw new IllegalArgumentException("'" + key + "' is required");
        return value;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E c : type.getEnumConstants()) known.append(known.length() == 0 ? "" : " | ").append(c.name().toLowerCase(Locale.ROOT));
            throw new IllegalArgumentException("'" + key + "' must be " + known + ", not '" + value + "'");
        }
    }

    /** The mapping as JSON in the YAML's shape, as stored on each import batch. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", idColumn);
        root.put("script", script.name().toLowerCase(Locale.ROOT));
        root.put("calendar", calendar.name().toLowerCase(Locale.ROOT));
        if (delimiter != null) root.put("delimiter", delimiter.toString());
        if (ageReferenceYear != null) root.put("age_reference", ageReferenceYear);
        ObjectNode src = root.putObject("source");
        src.put("title", source.title()).put("supplied_by", source.suppliedBy())
                .put("reliability", source.reliability() == null ? null : source.reliability().toString())
                .put("language", source.language()).put("synthetic", source.synthetic());
        ObjectNode cols = root.putObject("columns");
        columns.forEach((header, c) -> {
            ObjectNode col = cols.putObject(header);
            col.put("kind", c.kind().yamlName());
            if (c.kind() == FieldKind.FULL_NAME) col.put("order", c.order().name().toLowerCase(Locale.ROOT));
            if (c.patronymic()) col.put("patronymic", true);
            if (c.calendar() != null) col.put("calendar", c.calendar().name().toLowerCase(Locale.ROOT));
        });
        return root.toString();
    }
}
