package org.yadman.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yadman.linkage.UncertainDate;

/** The two JSON documents of a source record: the row as written, and its comparison forms. */
final class RecordJson {
    private final StringBuilder json = new StringBuilder(1 << 10);

    /** The row verbatim: every header with its field, in file order. */
    String raw(List<String> headers, List<String> fields) {
        json.setLength(0);
        json.append('{');
        for (int i = 0; i < headers.size(); i++) {
            if (i > 0) json.append(',');
            Json.string(json, headers.get(i));
            json.append(':');
            Json.string(json, fields.get(i));
        }
        return json.append('}').toString();
    }

    /** Field → comparison form: normalised text for names, the reading of dates; an array when a field repeats. */
    String normalised(List<Fact> facts) {
        Map<String, List<Fact>> byField = new LinkedHashMap<>();
        for (Fact f : facts) byField.computeIfAbsent(f.field(), k -> new ArrayList<>(1)).add(f);
        json.setLength(0);
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, List<Fact>> e : byField.entrySet()) {
            if (!first) json.append(',');
            first = false;
            Json.string(json, e.getKey());
            json.append(':');
            if (e.getValue().size() > 1) json.append('[');
            for (int i = 0; i < e.getValue().size(); i++) {
                if (i > 0) json.append(',');
                normalisedValue(e.getValue().get(i));
            }
            if (e.getValue().size() > 1) json.append(']');
        }
        return json.append('}').toString();
    }

    private void normalisedValue(Fact f) {
        UncertainDate d = f.date();
        if (d == null) {
            Json.string(json, f.normalised() != null ? f.normalised() : f.value());
            return;
        }
        json.append("{\"calendar\":");
        Json.string(json, d.calendar().name().toLowerCase(Locale.ROOT));
        json.append(",\"year\":").append(d.year()).append(",\"month\":").append(d.month())
                .append(",\"day\":").append(d.day()).append(",\"qualifier\":");
        Json.string(json, d.qualifier().name().toLowerCase(Locale.ROOT));
        json.append(",\"earliest\":");
        Json.string(json, d.earliest() == null ? null : d.earliest().toString());
        json.append(",\"latest\":");
        Json.string(json, d.latest() == null ? null : d.latest().toString());
        json.append('}');
    }
}
