package org.yadman.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): a log's origin, its
 * tree size and its RFC 9162 root hash, then optional extension lines.
 *
 * <pre>
 *   &lt;origin&gt;\n
 *   &lt;tree size, ASCII decimal, no leading zeroes&gt;\n
 *   &lt;base64 root hash&gt;\n
 *   [&lt;extension line&gt;\n]...
 * </pre>
 *
 * <p>Design note: {@link #parse} accepts only text that {@link #text} writes back byte for byte
 * (canonical base64, no leading zeroes, no trailing junk), so a checkpoint has exactly one
 * encoding. Extension lines are opaque and kept; the spec requires them to be non-empty (the
 * format layer of transparency-dev/formats also accepts empty ones). The root must be 32 bytes:
 * other format layers accept any length, a verifier of SHA-256 trees cannot. Signatures and
 * cosignatures live in the {@link SignedNote} that carries this text.
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {
  public Checkpoint {
    if (origin == null || origin.isEmpty() || origin.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("checkpoint origin must be one non-empty line, got "
          + (origin == null ? "null" : "\"" + origin + "\""));
    }
    if (size < 0) {
      throw new IllegalArgumentException("checkpoint tree size " + size + " is negative");
    }
    if (root == null) {
      throw new IllegalArgumentException("checkpoint root must not be null");
    }
    if (extensions == null) {
      throw new IllegalArgumentException("checkpoint extensions must not be null (use List.of())");
    }
    for (String e : extensions) {
      if (e == null || e.isEmpty() || e.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("checkpoint extension lines must be non-empty single lines, got "
            + (e == null ? "null" : "\"" + e + "\""));
      }
    }
    extensions = List.copyOf(extensions);
  }

  public Checkpoint(String origin, long size, Hash root) {
    this(origin, size, root, List.of());
  }

  /**
   * Parses the text of a checkpoint note.
   *
   * @throws IllegalArgumentException naming the line and the rule it breaks
   */
  public static Checkpoint parse(String text) {
    if (text == null || !text.endsWith("\n")) {
      throw new IllegalArgumentException("checkpoint text must end with a newline");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw new IllegalArgumentException(
          "checkpoint needs at least 3 lines (origin, size, root hash), got " + lines.length);
    }
    if (lines[0].isEmpty()) {
      throw new IllegalArgumentException("checkpoint line 1: origin must not be empty");
    }
    long size = parseSize(lines[1], "checkpoint line 2: tree size");
    byte[] root = NoteSignature.decode(lines[2]);
    if (root == null) {
      throw new IllegalArgumentException(
          "checkpoint line 3: root hash must be canonical base64, got \"" + lines[2] + "\"");
    }
    if (root.length != Hash.SIZE) {
      throw new IllegalArgumentException("checkpoint line 3: root hash must be " + Hash.SIZE
          + " bytes, got " + root.length);
    }
    List<String> ext = new ArrayList<>(List.of(lines).subList(3, lines.length));
    return new Checkpoint(lines[0], size, Hash.wrap(root), ext);
  }

  /** Parses a checkpoint from a signed note's text. */
  public static Checkpoint of(SignedNote note) {
    return parse(note.text());
  }

  /** The checkpoint text, byte for byte what {@link #parse} read. */
  public String text() {
    StringBuilder sb = new StringBuilder()
        .append(origin).append('\n').append(size).append('\n').append(root.base64()).append('\n');
    for (String e : extensions) {
      sb.append(e).append('\n');
    }
    return sb.toString();
  }

  /** A decimal without sign or leading zeroes, at most 2^63 - 1. */
  static long parseSize(String s, String what) {
    if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(what + " must be an ASCII decimal, got \"" + s + "\"");
    }
    if (s.length() > 1 && s.charAt(0) == '0') {
      throw new IllegalArgumentException(what + " must not have leading zeroes, got \"" + s + "\"");
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be at most " + Long.MAX_VALUE + ", got " + s);
    }
  }
}
