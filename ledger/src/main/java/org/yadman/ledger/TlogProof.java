package org.yadman.ledger;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * A C2SP tlog-proof (https://c2sp.org/tlog-proof): an offline-verifiable proof that an entry is
 * in a log, made of an optional opaque {@code extra} (base64, unauthenticated), the entry's
 * index, its RFC 9162 inclusion proof, and the signed checkpoint the proof leads to, with any
 * witness cosignatures.
 *
 * <pre>
 *   c2sp.org/tlog-proof@v1
 *   [extra &lt;base64&gt;]
 *   index &lt;decimal&gt;
 *   &lt;base64 hash&gt;   (zero or more, leaf's sibling first)
 *
 *   &lt;checkpoint note, verbatim&gt;
 * </pre>
 *
 * <p>Design note: {@link #parse} and {@link #toString} round-trip byte for byte. {@link #verify}
 * requires the log's own signature (witnesses vouch for a checkpoint, they do not replace the
 * log) and the expected origin, then checks inclusion, and hands back the verified witness
 * cosignatures so that the caller applies its own witness policy.
 */
public record TlogProof(String extra, long index, List<Hash> hashes, SignedNote checkpoint) {
  /** The first line of every proof. */
  public static final String HEADER = "c2sp.org/tlog-proof@v1";

  public TlogProof {
    if (extra != null && NoteSignature.decode(extra) == null && !extra.isEmpty()) {
      throw new IllegalArgumentException("extra data must be canonical base64, got \"" + extra + "\"");
    }
    if (index < 0) {
      throw new IllegalArgumentException("entry index " + index + " is negative");
    }
    if (checkpoint == null) {
      throw new IllegalArgumentException("checkpoint must not be null");
    }
    hashes = InclusionProof.copyHashes(hashes);
  }

  /** A proof from an inclusion proof and the signed checkpoint of the same tree size. */
  public static TlogProof of(byte[] extra, InclusionProof proof, SignedNote checkpoint) {
    Checkpoint cp = Checkpoint.of(checkpoint);
    if (cp.size() != proof.treeSize()) {
      throw new IllegalArgumentException("inclusion proof is for tree size " + proof.treeSize()
          + ", the checkpoint is for size " + cp.size());
    }
    String e = extra == null ? null : Base64.getEncoder().encodeToString(extra);
    return new TlogProof(e, proof.index(), proof.hashes(), checkpoint);
  }

  /** The extra data, or null when the proof has none. */
  public byte[] extraBytes() {
    return extra == null ? null : Base64.getDecoder().decode(extra);
  }

  /**
   * Parses a proof.
   *
   * @throws IllegalArgumentException naming the line and the rule it breaks
   */
  public static TlogProof parse(String text) {
    if (text == null || !text.startsWith(HEADER + "\n")) {
      throw new IllegalArgumentException("tlog-proof must start with the line \"" + HEADER + "\"");
    }
    int blank = text.indexOf("\n\n");
    if (blank < 0) {
      throw new IllegalArgumentException("tlog-proof has no blank line before its checkpoint");
    }
    String[] lines = text.substring(0, blank).split("\n", -1);
    int at = 1;
    String extra = null;
    if (at < lines.length && lines[at].startsWith("extra ")) {
      extra = lines[at++].substring("extra ".length());
      if (NoteSignature.decode(extra) == null && !extra.isEmpty()) {
        throw new IllegalArgumentException("tlog-proof line 2: extra data must be canonical base64");
      }
    }
    if (at >= lines.length || !lines[at].startsWith("index ")) {
      throw new IllegalArgumentException(
          "tlog-proof line " + (at + 1) + " must be \"index <decimal>\"");
    }
    long index = Checkpoint.parseSize(lines[at].substring("index ".length()),
        "tlog-proof line " + (at + 1) + ": index");
    List<Hash> hashes = new ArrayList<>();
    for (at++; at < lines.length; at++) {
      try {
        hashes.add(Hash.fromBase64(lines[at]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("tlog-proof line " + (at + 1) + ": " + e.getMessage(), e);
      }
      if (!hashes.get(hashes.size() - 1).base64().equals(lines[at])) {
        throw new IllegalArgumentException("tlog-proof line " + (at + 1) + ": hash is not canonical base64");
      }
    }
    SignedNote note = SignedNote.parse(text.substring(blank + 2));
    Checkpoint.of(note);
    return new TlogProof(extra, index, hashes, note);
  }

  /**
   * Verifies that {@code leafHash} is entry {@link #index} of the log {@code origin} signed by
   * {@code log}, and returns the witness cosignatures (from {@code witnesses}) that verified.
   *
   * @throws VerificationException naming the rule that failed
   */
  public List<NoteSignature> verify(Hash leafHash, String origin, NoteVerifier log,
      Collection<? extends NoteVerifier> witnesses) throws VerificationException {
    if (leafHash == null || origin == null || log == null || witnesses == null) {
      throw new IllegalArgumentException("leaf hash, origin, log key and witnesses must not be null");
    }
    checkpoint.verify(List.of(log));
    Checkpoint cp;
    try {
      cp = Checkpoint.of(checkpoint);
    } catch (IllegalArgumentException e) {
      throw new VerificationException(e.getMessage(), e);
    }
    if (!cp.origin().equals(origin)) {
      throw new VerificationException(
          "checkpoint origin is \"" + cp.origin() + "\", expected \"" + origin + "\"");
    }
    ProofVerifier.verifyInclusion(index, cp.size(), leafHash.raw(), InclusionProof.raw(hashes), cp.root().raw());
    List<NoteVerifier> others = witnesses.stream()
        .filter(w -> !(w.name().equals(log.name()) && w.keyId() == log.keyId()))
        .map(w -> (NoteVerifier) w).toList();
    return checkpoint.verifyKnown(others);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    if (extra != null) {
      sb.append("extra ").append(extra).append('\n');
    }
    sb.append("index ").append(index).append('\n');
    for (Hash h : hashes) {
      sb.append(h.base64()).append('\n');
    }
    return sb.append('\n').append(checkpoint).toString();
  }
}
