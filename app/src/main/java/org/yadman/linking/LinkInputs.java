package org.yadman.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yadman.linkage.Record;
import org.yadman.linkage.compare.PersonFields;

/**
 * The source records a link run reads, as linkage {@link Record}s: each record's raw row read
 * through the mapping of its import batch, so the linker sees exactly what the file said (an age
 * stays an age, a full name stays whole). Record ids are source_record ids.
 */
final class LinkInputs {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Mapping column kinds and the linkage fields they feed. */
    private static final Map<String, String> FIELD_BY_KIND = Map.ofEntries(
            Map.entry("given_name", PersonFields.GIVEN_NAME), Map.entry("surname", PersonFields.SURNAME),
            Map.entry("full_name", PersonFields.FULL_NAME), Map.entry("father_name", PersonFields.FATHER_NAME),
            Map.entry("birth_date", PersonFields.BIRTH), Map.entry("birth_year", PersonFields.BIRTH),
            Map.entry("age", PersonFields.AGE), Map.entry("death_date", PersonFields.DEATH),
            Map.entry("city", PersonFields.CITY), Map.entry("prison", PersonFields.PRISON),
            Map.entry("notes", PersonFields.NOTES));

    /** One record with where it stands now. */
    record Input(long id, String recordKey, String source, long personId, Record record) {
    }

    private LinkInputs() {
    }

    /** The records of the named sources (all when empty), each with its current person, by id. */
    static List<Input> load(Handle h, List<String> sources) {
        return load(h, "cardinality(:sources) = 0 OR s.name = ANY(:sources)", sources, 0);
    }

    /** The records linked to one person now. */
    static List<Input> ofPerson(Handle h, long personId) {
        return load(h, "l.person_id = :person", List.of(), personId);
    }

    private static List<Input> load(Handle h, String where, List<String> sources, long personId) {
        Map<Long, JsonNode> mappings = new HashMap<>();
        h.createQuery("SELECT id, mapping::text FROM import_batch").map((rs, ctx) -> {
            try {
                mappings.put(rs.getLong(1), JSON.readTree(rs.getString(2)));
                return null;
            } catch (java.io.IOException e) {
                throw new IllegalStateException("import batch " + rs.getLong(1) + " has an unreadable mapping", e);
            }
        }).list();
        List<Input> inputs = new ArrayList<>();
        h.createQuery("""
                SELECT r.id, r.record_key, s.name, r.import_id, r.raw::text, l.person_id
                FROM source_record r
                JOIN source s ON s.id = r.source_id
                JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL
                WHERE <where>
                ORDER BY r.id
                """).define("where", where).bindArray("sources", String.class, sources).bind("person", personId).setFetchSize(10_000).map((rs, ctx) -> {
            long id = rs.getLong(1);
            Map<String, String> fields = fields(mappings.get(rs.getLong(4)), rs.getString(5), id);
            return new Input(id, rs.getString(2), rs.getString(3), rs.getLong(6),
                    new Record(Long.toString(id), rs.getString(3), fields));
        }).forEach(inputs::add);
        return inputs;
    }

    private static Map<String, String> fields(JsonNode mapping, String rawText, long recordId) {
        try {
            JsonNode raw = JSON.readTree(rawText);
            Map<String, String> fields = new HashMap<>();
            JsonNode columns = mapping == null ? null : mapping.get("columns");
            if (columns == null) return fields;
            for (Iterator<Map.Entry<String, JsonNode>> it = columns.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> column = it.next();
                String field = FIELD_BY_KIND.get(column.getValue().path("kind").asText());
                JsonNode value = raw.get(column.getKey());
                if (field != null && value != null && !value.isNull() && !value.asText().isBlank()) {
                    fields.merge(field, value.asText(), (a, b) -> a + " " + b);
                }
            }
            return fields;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("source record " + recordId + " has unreadable raw fields", e);
        }
    }
}
