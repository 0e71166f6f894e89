package org.yadman.ledger;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 hash: exactly 32 bytes, immutable.
 *
 * <p>Design note: every hash in an RFC 9162 SHA-256 tree (leaf hashes, node hashes, roots, proof
 * elements) is 32 bytes, so the type carries the length check once, at the edge, instead of in
 * every algorithm. Checkpoints (C2SP tlog-checkpoint) and proofs (C2SP tlog-proof) write it as
 * standard base64; logs and tests usually show it as lower-case hex.
 */
public final class Hash implements Comparable<Hash> {
  /** The length of a SHA-256 hash in bytes. */
  public static final int SIZE = 32;

  private final byte[] bytes;

  private Hash(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A hash holding a copy of {@code bytes}, which must be exactly 32 bytes long. */
  public static Hash of(byte[] bytes) {
    if (bytes == null) {
      throw new IllegalArgumentException("hash bytes must not be null");
    }
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException(
          "a SHA-256 hash must be " + SIZE + " bytes, got " + bytes.length);
    }
    return new Hash(bytes.clone());
  }

  /** A hash read from {@code buf[offset, offset + 32)}. */
  public static Hash of(byte[] buf, int offset) {
    if (offset < 0 || offset > buf.length - SIZE) {
      throw new IllegalArgumentException(
          "offset " + offset + " leaves fewer than " + SIZE + " bytes in a buffer of " + buf.length);
    }
    return new Hash(Arrays.copyOfRange(buf, offset, offset + SIZE));
  }

  /** Takes ownership of {@code bytes} without copying; for internal callers that just hashed. */
  static Hash wrap(byte[] bytes) {
    return new Hash(bytes);
  }

  /** Parses 64 hex digits, either case. */
  public static Hash fromHex(String hex) {
    if (hex == null || hex.length() != 2 * SIZE) {
      throw new IllegalArgumentException(
          "a SHA-256 hash in hex must be " + 2 * SIZE + " digits, got "
              + (hex == null ? "null" : hex.length() + ": \"" + hex + "\""));
    }
    return new Hash(HexFormat.of().parseHex(hex));
  }

  /** Parses standard (RFC 4648 section 4) padded base64 of 32 bytes. */
  public static Hash fromBase64(String b64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(b64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("hash is not valid base64: \"" + b64 + "\"", e);
    }
    if (raw.length != SIZE) {
      throw new IllegalArgumentException(
          "a SHA-256 hash must be " + SIZE + " bytes, base64 \"" + b64 + "\" holds " + raw.length);
    }
    return new Hash(raw);
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The internal array, never handed out of the package. */
  byte[] raw() {
    return bytes;
  }

  public String hex() {
    return HexFormat.of().formatHex(bytes);
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(Hash o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
