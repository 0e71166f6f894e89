package org.yadman.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plaintext of a submission, before encryption: a small UTF-8 text that reads well after
 * {@code gpg --decrypt} and that the browser's script writes the same way (static/intake/submit.js).
 *
 * <pre>
 *   yadman-testimony/v1
 *   kind: testimony            (or complaint, addition)
 *   victim-name: ...           (each structured field, when given, on one line)
 *   file: 1 photo.jpg image/jpeg 123456 SHA256   (n, name, type, exact size before padding, SHA-256)
 *
 *   free text, as written
 * </pre>
 */
public final class Testimony {
    public static final String HEADER = "yadman-testimony/v1";
    /** The structured fields, in the order they are written. */
    public static final List<String> FIELDS = List.of("victim-name", "father-name", "dates", "places", "relationship", "request");

    private Testimony() {}

    /** One attached file as the testimony lists it. */
    public record FileLine(int number, String name, String type, long size, String sha256) {}

    public static byte[] write(String kind, Map<String, String> fields, List<FileLine> files, String text) {
        StringBuilder s = new StringBuilder(HEADER).append('\n').append("kind: ").append(oneLine(kind)).append('\n');
        for (String field : FIELDS) {
            String value = fields.get(field);
            if (value != null && !value.isBlank()) s.append(field).append(": ").append(oneLine(value)).append('\n');
        }
        for (FileLine f : files) {
            s.append("file: ").append(f.number()).append(' ').append(oneLine(f.name()).replace(' ', '_')).append(' ')
                    .append(oneLine(f.type()).replace(' ', '_')).append(' ').append(f.size()).append(' ').append(f.sha256()).append('\n');
        }
        s.append('\n').append(text == null ? "" : text);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A parsed testimony: its header fields in order and its free text. */
    public record Parsed(Map<String, List<String>> fields, String text) {}

    public static Parsed read(byte[] plaintext) {
        String all = new String(plaintext, StandardCharsets.UTF_8);
        int blank = all.indexOf("\n\n");
        String head = blank < 0 ? all : all.substring(0, blank);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : head.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) fields.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2));
        }
        return new Parsed(fields, blank < 0 ? "" : all.substring(blank + 2));
    }

    /** Files are padded with zero bytes to a multiple of this before encryption; the testimony keeps the exact size. */
    public static final int PAD_TO = 64 << 10;

    public static long paddedSize(long size) {
        return Math.max(PAD_TO, (size + PAD_TO - 1) / PAD_TO * PAD_TO);
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
