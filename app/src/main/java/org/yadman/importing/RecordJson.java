package org.yadman.importing;

import java.util.List;
import java.util.Locale;
import org.yadman.linkage.UncertainDate;

/** The JSON documents of a source record: the row as written, and the facts read from it. */
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

    /**
     * The record's facts in file order, one array each, positional to keep a million records
     * small: {@code [field, value, script, normalised]}, dates followed by {@code calendar, year,
     * month, day, qualifier, earliest, latest}. The person_assertion view (V13) names the positions.
     */
    String facts(List<Fact> facts) {
        json.setLength(0);
        json.append('[');
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (i > 0) json.append(',');
            json.append('[');
            Json.string(json, f.field());
            json.append(',');
            Json.string(json, f.value());
            json.append(',');
            Json.string(json, f.script());
            json.append(',');
            Json.string(json, f.normalised());
            if (f.date() != null) dateParts(f.date());
            json.append(']');
        }
        return json.append(']').toString();
    }

    /** The date's reading as array elements, each preceded by a comma. */
    private void dateParts(UncertainDate d) {
        json.append(',');
        Json.string(json, d.calendar().name().toLowerCase(Locale.ROOT));
        json.append(',').append(d.year()).append(',').append(d.month()).append(',').append(d.day()).append(',');
        Json.string(json, d.qualifier().name().toLowerCase(Locale.ROOT));
        json.append(',');
        Json.string(json, d.earliest() == null ? null : d.earliest().toString());
        json.append(',');
        Json.string(json, d.latest() == null ? null : d.latest().toString());
    }
}
