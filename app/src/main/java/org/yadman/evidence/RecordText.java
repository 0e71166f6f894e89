package org.yadman.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads PostgreSQL's text output of a record, {@code (1,2,"a ""quoted"", \\\\ text",)}, back into
 * its fields (null for an empty unquoted field), so that an offline check can compare one field
 * (a record's raw JSON) with the file a bundle shows it in.
 */
final class RecordText {
    private RecordText() {}

    static List<String> fields(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) throw new IllegalArgumentException("not a record text: does not start with ( and end with )");
        List<String> out = new ArrayList<>();
        int i = 1;
        int end = text.length() - 1;
        while (true) {
            if (i <= end && text.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= end) throw new IllegalArgumentException("not a record text: unterminated quoted field");
                    char ch = text.charAt(i);
                    if (ch == '\\') {
                        field.append(text.charAt(i + 1));
                        i += 2;
                    } else if (ch == '"' && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (ch == '"') {
                        i++;
                        break;
                    } else {
                        field.append(ch);
                        i++;
                    }
                }
                out.add(field.toString());
            } else {
                int next = i;
                while (next < end && text.charAt(next) != ',') next++;
                out.add(next == i ? null : text.substring(i, next));
                i = next;
            }
            if (i == end) return out;
            if (text.charAt(i) != ',') throw new IllegalArgumentException("not a record text: expected , at " + i);
            i++;
        }
    }
}
