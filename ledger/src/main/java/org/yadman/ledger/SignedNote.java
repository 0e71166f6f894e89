package org.yadman.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A C2SP signed note (https://c2sp.org/signed-note): a text ending in a newline, a blank line,
 * and one or more lines {@code — <key name> <base64(key ID || signature)>}.
 *
 * <p>Design note: parsing and verifying are separate steps so that a note can be read, kept and
 * written back byte for byte (signatures from keys we do not know, such as witness cosignatures
 * we have no policy for, are kept verbatim). {@link #verify} follows the spec and
 * golang.org/x/mod/sumdb/note: signatures from unknown keys are ignored, a known key's failed
 * signature rejects the whole note, repeated signatures by one key count once, and at least one
 * known key must have signed. A note may carry at most {@value #MAX_SIGNATURES} signatures (the
 * spec requires accepting at least 16; Go stops at 100).
 */
public record SignedNote(String text, List<NoteSignature> signatures) {
  /** The most signature lines a note may carry. */
  public static final int MAX_SIGNATURES = 100;

  private static final String SIG_PREFIX = "\u2014 ";

  public SignedNote {
    if (text == null || text.isEmpty() || !text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must be non-empty and end with a newline");
    }
    checkCharacters(text);
    if (signatures == null || signatures.isEmpty() || signatures.stream().anyMatch(s -> s == null)) {
      throw new IllegalArgumentException("a signed note needs at least one signature");
    }
    if (signatures.size() > MAX_SIGNATURES) {
      throw new IllegalArgumentException("a note may carry at most " + MAX_SIGNATURES
          + " signatures, got " + signatures.size());
    }
    signatures = List.copyOf(signatures);
  }

  /** Parses {@code bytes}, which must be UTF-8. */
  public static SignedNote parse(byte[] bytes) {
    try {
      return parse(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("malformed note: not valid UTF-8", e);
    }
  }

  /**
   * Parses a signed note without verifying it.
   *
   * @throws IllegalArgumentException naming the rule the note breaks
   */
  public static SignedNote parse(String note) {
    if (note == null) {
      throw new IllegalArgumentException("malformed note: null");
    }
    checkCharacters(note);
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw new IllegalArgumentException(
          "malformed note: no blank line between the text and the signatures");
    }
    String text = note.substring(0, split + 1);
    String sigs = note.substring(split + 2);
    if (sigs.isEmpty() || !sigs.endsWith("\n")) {
      throw new IllegalArgumentException(
          "malformed note: the signature block must be non-empty and end with a newline");
    }
    List<NoteSignature> list = new ArrayList<>();
    int lineNo = 0;
    for (String line : sigs.substring(0, sigs.length() - 1).split("\n", -1)) {
      lineNo++;
      if (list.size() == MAX_SIGNATURES) {
        throw new IllegalArgumentException(
            "malformed note: more than " + MAX_SIGNATURES + " signatures");
      }
      if (!line.startsWith(SIG_PREFIX)) {
        throw new IllegalArgumentException("malformed note: signature line " + lineNo
            + " does not start with an em dash and a space: \"" + line + "\"");
      }
      String rest = line.substring(SIG_PREFIX.length());
      int space = rest.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException(
            "malformed note: signature line " + lineNo + " has no space after the key name");
      }
      String name = rest.substring(0, space);
      String b64 = rest.substring(space + 1);
      byte[] raw = NoteSignature.decode(b64);
      if (!isValidKeyName(name) || raw == null || raw.length < 5) {
        throw new IllegalArgumentException("malformed note: signature line " + lineNo
            + " needs a key name without spaces or '+' and canonical base64 of at least 5 bytes: \""
            + line + "\"");
      }
      list.add(new NoteSignature(name, NoteSignature.readKeyId(raw), b64));
    }
    return new SignedNote(text, list);
  }

  /** Signs {@code text} with each of {@code signers}, in order. */
  public static SignedNote sign(String text, List<? extends NoteSigner> signers) {
    if (text == null || !text.endsWith("\n")) {
      throw new IllegalArgumentException("note text must end with a newline");
    }
    checkCharacters(text);
    byte[] msg = text.getBytes(StandardCharsets.UTF_8);
    List<NoteSignature> sigs = new ArrayList<>();
    for (NoteSigner s : signers) {
      sigs.add(NoteSignature.of(s.name(), s.keyId(), s.sign(msg)));
    }
    return new SignedNote(text, sigs);
  }

  /** This note with {@code signer}'s signature added at the end (a cosignature, say). */
  public SignedNote addSignature(NoteSigner signer) {
    List<NoteSignature> sigs = new ArrayList<>(signatures);
    sigs.add(NoteSignature.of(signer.name(), signer.keyId(), signer.sign(textBytes())));
    return new SignedNote(text, sigs);
  }

  /**
   * Verifies the signatures made by {@code known} keys and returns them, in note order.
   *
   * @throws VerificationException if a known key's signature is invalid, or no known key signed
   */
  public List<NoteSignature> verify(Collection<? extends NoteVerifier> known)
      throws VerificationException {
    List<NoteSignature> verified = verifyKnown(known);
    if (verified.isEmpty()) {
      throw new VerificationException("note has no verifiable signatures: none of its "
          + signatures.size() + " signatures is from a known key");
    }
    return verified;
  }

  /**
   * Like {@link #verify} but returns an empty list when no known key signed, for optional
   * signers such as witnesses whose number a policy judges.
   *
   * @throws VerificationException if a known key's signature is invalid
   */
  public List<NoteSignature> verifyKnown(Collection<? extends NoteVerifier> known)
      throws VerificationException {
    if (known == null) {
      throw new IllegalArgumentException("known verifiers must not be null (use List.of())");
    }
    byte[] msg = textBytes();
    List<NoteSignature> verified = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NoteSignature sig : signatures) {
      NoteVerifier v = find(known, sig);
      if (v == null) {
        continue; // unknown keys are ignored, even if they share a name or an ID with a known key
      }
      if (!seen.add(sig.name() + "+" + sig.keyId())) {
        continue;
      }
      if (!v.verify(msg, sig.signature())) {
        throw new VerificationException("invalid signature for key " + sig.name() + "+"
            + String.format("%08x", sig.keyId()));
      }
      verified.add(sig);
    }
    return List.copyOf(verified);
  }

  /** The note text as UTF-8: the bytes that were signed. */
  public byte[] textBytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The note as it is written: text, blank line, signature lines. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(text).append('\n');
    for (NoteSignature s : signatures) {
      sb.append(s.line()).append('\n');
    }
    return sb.toString();
  }

  private static NoteVerifier find(Collection<? extends NoteVerifier> known, NoteSignature sig) {
    for (NoteVerifier v : known) {
      if (v.name().equals(sig.name()) && v.keyId() == sig.keyId()) {
        return v;
      }
    }
    return null;
  }

  static boolean isValidKeyName(String name) {
    if (name == null || name.isEmpty() || name.indexOf('+') >= 0) {
      return false;
    }
    return name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static void checkCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new IllegalArgumentException(String.format(
            "malformed note: control character U+%04X at offset %d; only newline is allowed", (int) c, i));
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
        throw new IllegalArgumentException("malformed note: unpaired surrogate at offset " + i);
      }
    }
  }
}
