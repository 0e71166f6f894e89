package org.yadman.ledger;

/**
 * Verifies signatures of one key on C2SP signed notes (https://c2sp.org/signed-note). A key is
 * identified by its name and 32-bit key ID together; a note signature names both.
 */
public interface NoteVerifier {
  /** The key name: non-empty, no Unicode spaces, no '+'. */
  String name();

  /** The key ID: the first four bytes, big-endian, of SHA-256(name || 0x0A || type || public key). */
  int keyId();

  /**
   * Whether {@code signature} (the signature bytes after the 4-byte key ID) is a valid signature
   * of this key over {@code text}, the note text including its final newline.
   */
  boolean verify(byte[] text, byte[] signature);

  /** The verifier key string {@code name+hex(keyId)+base64(type || public key)}. */
  String verifierKey();
}
