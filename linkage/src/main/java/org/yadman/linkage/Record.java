package org.yadman.linkage;

import java.util.Map;
import java.util.Objects;

/**
 * One row of one source, as the linker sees it: an id unique across all sources, the source it
 * comes from, and its fields by name. Values are kept as written; comparisons normalise them.
 * Field names are free, but the person comparisons read the ones in
 * {@link org.yadman.linkage.compare.PersonFields}.
 */
public record Record(String id, String source, Map<String, String> fields) {

    public Record {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /** The value of a field, stripped, or null when absent or blank. */
    public String field(String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }
}
