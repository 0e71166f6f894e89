package org.yadman.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 section 2.1.1 hashing with SHA-256, domain-separated so that a leaf can never be
 * mistaken for an interior node (the second-preimage defence of RFC 6962):
 *
 * <pre>
 *   MTH({})       = SHA-256()
 *   leaf hash     = SHA-256(0x00 || d)
 *   node hash     = SHA-256(0x01 || left || right)
 * </pre>
 *
 * One {@link MessageDigest} per thread: digests are not thread-safe and cost more to create than
 * to use.
 */
final class Hasher {
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Hasher::newDigest);
  static final Hash EMPTY_ROOT = Hash.wrap(newDigest().digest());

  private Hasher() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  static byte[] sha256(byte[] data) {
    MessageDigest md = SHA256.get();
    md.reset();
    return md.digest(data);
  }

  static Hash leaf(byte[] data) {
    MessageDigest md = SHA256.get();
    md.reset();
    md.update((byte) 0x00);
    md.update(data);
    return Hash.wrap(md.digest());
  }

  static Hash node(Hash left, Hash right) {
    return Hash.wrap(node(left.raw(), right.raw()));
  }

  /** Node hash over raw bytes; lengths are the caller's business (proof verification checks). */
  static byte[] node(byte[] left, byte[] right) {
    MessageDigest md = SHA256.get();
    md.reset();
    md.update((byte) 0x01);
    md.update(left);
    md.update(right);
    return md.digest();
  }
}
