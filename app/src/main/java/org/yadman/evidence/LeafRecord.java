package org.yadman.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bytes of one log leaf: a {@code yadman-leaf/v1} record of an event's kind, the row it is
 * about, and named values that are SHA-256 digests or content hashes, never content or names.
 *
 * <pre>
 *   yadman-leaf/v1
 *   kind assertion_added
 *   target assertion 42
 *   row 9f86d0...   (one line per part, in the order the kind defines)
 * </pre>
 *
 * <p>Design note: a leaf is hashed as it is stored, so there must be exactly one byte form for
 * each record. {@link #parse} accepts only what {@link #bytes} writes back identically.
 */
public record LeafRecord(String kind, String table, long id, List<Part> parts) {
    public static final String HEADER = "yadman-leaf/v1";
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern VALUE = Pattern.compile("[0-9a-f]{64}");

    /** One named value: lowercase word, then 64 lowercase hex digits. */
    public record Part(String name, String hex) {
        public Part {
            if (name == null || !WORD.matcher(name).matches()) throw new IllegalArgumentException("leaf part name \"" + name + "\" is not a lowercase word");
            if (hex == null || !VALUE.matcher(hex).matches()) throw new IllegalArgumentException("leaf part " + name + " is not 64 lowercase hex digits: \"" + hex + "\"");
        }
    }

    public LeafRecord {
        if (kind == null || !WORD.matcher(kind).matches()) throw new IllegalArgumentException("leaf kind \"" + kind + "\" is not a lowercase word");
        if (table == null || !WORD.matcher(table).matches()) throw new IllegalArgumentException("leaf table \"" + table + "\" is not a lowercase word");
        if (id < 0) throw new IllegalArgumentException("leaf target id " + id + " is negative");
        parts = List.copyOf(parts);
    }

    public byte[] bytes() {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        s.append("kind ").append(kind).append('\n');
        s.append("target ").append(table).append(' ').append(id).append('\n');
        for (Part p : parts) s.append(p.name()).append(' ').append(p.hex()).append('\n');
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The value of part {@code name}, or null. */
    public String part(String name) {
        for (Part p : parts) if (p.name().equals(name)) return p.hex();
        return null;
    }

    /** Parses leaf bytes; refuses anything that is not written back byte for byte. */
    public static LeafRecord parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.endsWith("\n")) throw new IllegalArgumentException("leaf does not end with a newline");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(HEADER)) throw new IllegalArgumentException("leaf does not start with " + HEADER);
        if (!lines[1].startsWith("kind ")) throw new IllegalArgumentException("leaf line 2 is not \"kind ...\"");
        String[] target = lines[2].split(" ", -1);
        if (target.length != 3 || !target[0].equals("target")) throw new IllegalArgumentException("leaf line 3 is not \"target TABLE ID\"");
        long id;
        try {
            id = Long.parseLong(target[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("leaf target id \"" + target[2] + "\" is not a number");
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            String[] kv = lines[i].split(" ", -1);
            if (kv.length != 2) throw new IllegalArgumentException("leaf line " + (i + 1) + " is not \"NAME HEX\"");
            parts.add(new Part(kv[0], kv[1]));
        }
        LeafRecord leaf = new LeafRecord(lines[1].substring(5), target[1], id, parts);
        if (!java.util.Arrays.equals(leaf.bytes(), bytes)) throw new IllegalArgumentException("leaf is not in canonical form");
        return leaf;
    }
}
