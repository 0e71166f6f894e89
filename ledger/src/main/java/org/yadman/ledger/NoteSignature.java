package org.yadman.ledger;

import java.util.Base64;

/**
 * One signature line of a C2SP signed note (https://c2sp.org/signed-note), {@code — <name> <base64(keyId || signature)>}, kept
 * as read so that a note serialises back byte for byte.
 */
public record NoteSignature(String name, int keyId, String base64) {
  public NoteSignature {
    if (!SignedNote.isValidKeyName(name)) {
      throw new IllegalArgumentException(
          "key name must be non-empty without spaces or '+', got \"" + name + "\"");
    }
    byte[] raw = decode(base64);
    if (raw == null || raw.length < 5) {
      throw new IllegalArgumentException(
          "signature must be canonical base64 of a 4-byte key ID and at least one byte, got \""
              + base64 + "\"");
    }
    if (keyId != readKeyId(raw)) {
      throw new IllegalArgumentException("key ID " + String.format("%08x", keyId)
          + " does not match the first four bytes of the signature");
    }
  }

  /** A signature line for {@code keyId} and the signature bytes {@code signature}. */
  public static NoteSignature of(String name, int keyId, byte[] signature) {
    byte[] raw = new byte[4 + signature.length];
    raw[0] = (byte) (keyId >>> 24);
    raw[1] = (byte) (keyId >>> 16);
    raw[2] = (byte) (keyId >>> 8);
    raw[3] = (byte) keyId;
    System.arraycopy(signature, 0, raw, 4, signature.length);
    return new NoteSignature(name, keyId, Base64.getEncoder().encodeToString(raw));
  }

  /** The signature bytes after the key ID. */
  public byte[] signature() {
    byte[] raw = Base64.getDecoder().decode(base64);
    byte[] sig = new byte[raw.length - 4];
    System.arraycopy(raw, 4, sig, 0, sig.length);
    return sig;
  }

  /** The line as it appears in the note, without the final newline. */
  public String line() {
    return "\u2014 " + name + " " + base64;
  }

  static int readKeyId(byte[] raw) {
    return (raw[0] & 0xff) << 24 | (raw[1] & 0xff) << 16 | (raw[2] & 0xff) << 8 | (raw[3] & 0xff);
  }

  /** Decodes standard padded base64, or returns null unless it is the canonical encoding. */
  static byte[] decode(String b64) {
    if (b64 == null || b64.isEmpty()) {
      return null;
    }
    try {
      byte[] raw = Base64.getDecoder().decode(b64);
      return Base64.getEncoder().encodeToString(raw).equals(b64) ? raw : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
