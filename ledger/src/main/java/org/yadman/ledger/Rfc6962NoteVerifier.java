package org.yadman.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Verifies signed-note signatures of type 0x05, the RFC 6962 {@code TreeHeadSignature} that
 * C2SP static-ct-api logs (such as Sunlight) put on their checkpoints, with an ECDSA P-256 key.
 *
 * <p>Design note: the note signature is {@code key ID (4) || timestamp ms (8) ||
 * DigitallySigned}, where DigitallySigned is {@code hash alg (1) = 4 (SHA-256) || signature alg
 * (1) = 3 (ECDSA) || uint16 length || DER signature} (RFC 5246 section 4.7). What is signed is
 * not the note text but the RFC 6962 section 3.5 structure {@code version 0 || signature type 1
 * (tree_hash) || timestamp || tree size || root hash}, rebuilt from the checkpoint text. The key
 * ID is SHA-256(name || 0x0A || 0x05 || log ID)[:4], where the log ID is SHA-256 of the key's
 * DER SubjectPublicKeyInfo. Yadman signs with Ed25519; this verifier exists to check checkpoints
 * of CT logs.
 */
final class Rfc6962NoteVerifier implements NoteVerifier {
  private final String name;
  private final byte[] spki;
  private final PublicKey key;
  private final int keyId;

  Rfc6962NoteVerifier(String name, byte[] spki) {
    if (!SignedNote.isValidKeyName(name)) {
      throw new IllegalArgumentException(
          "key name must be non-empty without spaces or '+', got \"" + name + "\"");
    }
    try {
      this.key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a DER SubjectPublicKeyInfo of an EC key: " + e.getMessage(), e);
    }
    this.name = name;
    this.spki = spki.clone();
    this.keyId = Ed25519NoteKeys.keyId(name, (byte) 0x05, Hasher.sha256(spki));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int keyId() {
    return keyId;
  }

  @Override
  public boolean verify(byte[] text, byte[] signature) {
    if (signature.length < 8 + 4) {
      return false;
    }
    ByteBuffer sig = ByteBuffer.wrap(signature);
    long timestamp = sig.getLong();
    int hashAlg = sig.get() & 0xff;
    int sigAlg = sig.get() & 0xff;
    int len = sig.getShort() & 0xffff;
    if (hashAlg != 4 || sigAlg != 3 || len != sig.remaining()) {
      return false;
    }
    byte[] der = new byte[len];
    sig.get(der);
    Checkpoint cp;
    try {
      cp = Checkpoint.parse(new String(text, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return false;
    }
    ByteBuffer tbs = ByteBuffer.allocate(2 + 8 + 8 + Hash.SIZE);
    tbs.put((byte) 0).put((byte) 1).putLong(timestamp).putLong(cp.size()).put(cp.root().raw());
    try {
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initVerify(key);
      s.update(tbs.array());
      return s.verify(der);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public String verifierKey() {
    byte[] raw = new byte[1 + spki.length];
    raw[0] = 0x05;
    System.arraycopy(spki, 0, raw, 1, spki.length);
    return name + "+" + String.format("%08x", keyId) + "+" + Base64.getEncoder().encodeToString(raw);
  }

  /** The timestamp (milliseconds since the epoch) inside a type 0x05 note signature. */
  static long timestamp(byte[] signature) {
    return ByteBuffer.wrap(signature).getLong();
  }
}
