package org.yadman.ledger;

/**
 * Signs C2SP signed notes (https://c2sp.org/signed-note) with one key: Ed25519 over the note
 * text (type 0x01), or a timestamped tlog-cosignature v1 (type 0x04) for witnesses.
 */
public interface NoteSigner {
  String name();

  int keyId();

  /** The signature bytes (without the 4-byte key ID) over {@code text}. */
  byte[] sign(byte[] text);

  /** The verifier for this key. */
  NoteVerifier verifier();
}
