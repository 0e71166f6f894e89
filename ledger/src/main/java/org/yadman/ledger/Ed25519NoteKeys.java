package org.yadman.ledger;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys for C2SP signed notes (signature type 0x01) and C2SP tlog-cosignature v1 witness
 * cosignatures (type 0x04), using only the JDK's Ed25519 (RFC 8032).
 *
 * <p>Design note: key strings follow golang.org/x/mod/sumdb/note. A verifier key is
 * {@code name+hex8(keyId)+base64(type || 32-byte public key)}; a signer key is
 * {@code PRIVATE+KEY+name+hex8(keyId)+base64(type || 32-byte seed)}. Base64 may itself hold
 * '+', so a key string is split at most twice after the prefix. The key ID is recomputed and
 * must match. A cosignature over a checkpoint signs {@code "cosignature/v1\ntime <t>\n" || text}
 * and its signature bytes are the 8-byte big-endian time followed by the 64-byte signature. The
 * JDK cannot derive an Ed25519 public key from a seed directly, so the key pair generator is fed
 * the seed as its randomness, which is exactly how it derives a key pair.
 */
final class Ed25519NoteKeys {
  static final byte ED25519 = 0x01;
  static final byte COSIGNATURE_V1 = 0x04;
  private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";

  private Ed25519NoteKeys() {}

  static int keyId(String name, byte type, byte[] publicKey) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] buf = new byte[n.length + 2 + publicKey.length];
    System.arraycopy(n, 0, buf, 0, n.length);
    buf[n.length] = '\n';
    buf[n.length + 1] = type;
    System.arraycopy(publicKey, 0, buf, n.length + 2, publicKey.length);
    return NoteSignature.readKeyId(Hasher.sha256(buf));
  }

  /** Parses a verifier key; {@code asType} 0x04 turns an Ed25519 key into a cosignature key. */
  static NoteVerifier verifier(String vkey, byte asType) {
    KeyString k = KeyString.parse(vkey, "verifier key");
    k.checkId(k.key(), vkey);
    // A key string of type 0x04 is a witness key whatever the caller asked for.
    return new Verifier(k.name(), k.type() == COSIGNATURE_V1 ? COSIGNATURE_V1 : asType, k.key());
  }

  static NoteSigner signer(String skey, Clock clock, byte asType) {
    if (skey == null || !skey.startsWith(PRIVATE_PREFIX)) {
      throw new IllegalArgumentException("signer key must start with \"" + PRIVATE_PREFIX + "\"");
    }
    KeyString k = KeyString.parse(skey.substring(PRIVATE_PREFIX.length()), "signer key");
    byte[] pub = publicFromSeed(k.key());
    k.checkId(pub, "signer key for \"" + k.name() + "\"");
    return new Signer(new Verifier(k.name(), asType, pub), k.key(), clock);
  }

  /** A new signer key string for {@code name}, from 32 bytes of {@code random}. */
  static String newSignerKey(String name, SecureRandom random) {
    if (!SignedNote.isValidKeyName(name)) {
      throw new IllegalArgumentException(
          "key name must be non-empty without spaces or '+', got \"" + name + "\"");
    }
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    int id = keyId(name, ED25519, publicFromSeed(seed));
    return PRIVATE_PREFIX + name + "+" + String.format("%08x", id) + "+" + b64(ED25519, seed);
  }

  /** {@code name+hex8(id)+base64(type || key)}, split at the first two '+' (base64 may hold more). */
  private record KeyString(String name, int id, byte type, byte[] key) {
    static KeyString parse(String s, String what) {
      if (s == null) {
        throw new IllegalArgumentException(what + " must not be null");
      }
      int a = s.indexOf('+');
      int b = a < 0 ? -1 : s.indexOf('+', a + 1);
      if (b < 0) {
        throw new IllegalArgumentException(what + " must be name+keyid+base64, got \"" + s + "\"");
      }
      String name = s.substring(0, a);
      String id = s.substring(a + 1, b);
      if (!SignedNote.isValidKeyName(name) || !id.matches("[0-9a-f]{8}")) {
        throw new IllegalArgumentException(what + " needs a valid key name and 8 lower-case hex"
            + " digits of key ID, got \"" + name + "\" and \"" + id + "\"");
      }
      byte[] raw = NoteSignature.decode(s.substring(b + 1));
      if (raw == null || raw.length != 33 || (raw[0] != ED25519 && raw[0] != COSIGNATURE_V1)) {
        throw new IllegalArgumentException(what + " for \"" + name + "\" must hold base64 of type"
            + " 0x01 or 0x04 and 32 key bytes, "
            + (raw == null ? "not canonical base64" : "got " + raw.length + " bytes"
                + (raw.length > 0 ? String.format(" of type 0x%02x", raw[0]) : "")));
      }
      return new KeyString(name, Integer.parseUnsignedInt(id, 16), raw[0],
          Arrays.copyOfRange(raw, 1, 33));
    }

    void checkId(byte[] publicKey, String shown) {
      if (keyId(name, type, publicKey) != id) {
        throw new IllegalArgumentException(shown + ": key ID " + String.format("%08x", id)
            + " does not match SHA-256(name || 0x0A || type || public key)");
      }
    }
  }

  static byte[] publicFromSeed(byte[] seed) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
      EdECPoint p = ((EdECPublicKey) g.generateKeyPair().getPublic()).getPoint();
      byte[] be = p.getY().toByteArray();
      byte[] le = new byte[32];
      for (int i = 0; i < be.length && i < 32; i++) {
        le[i] = be[be.length - 1 - i];
      }
      if (p.isXOdd()) {
        le[31] |= (byte) 0x80;
      }
      return le;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK must provide Ed25519", e);
    }
  }

  static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = raw[31 - i];
    }
    boolean xOdd = (be[0] & 0x80) != 0;
    be[0] &= 0x7f;
    return KeyFactory.getInstance("Ed25519").generatePublic(
        new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
  }

  static String b64(byte type, byte[] key) {
    byte[] raw = new byte[33];
    raw[0] = type;
    System.arraycopy(key, 0, raw, 1, 32);
    return Base64.getEncoder().encodeToString(raw);
  }

  static byte[] cosignedMessage(long time, byte[] text) {
    byte[] head = ("cosignature/v1\ntime " + time + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] msg = new byte[head.length + text.length];
    System.arraycopy(head, 0, msg, 0, head.length);
    System.arraycopy(text, 0, msg, head.length, text.length);
    return msg;
  }

  private record Verifier(String name, byte type, byte[] key) implements NoteVerifier {
    @Override
    public int keyId() {
      return Ed25519NoteKeys.keyId(name, type, key);
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
      byte[] msg = text;
      byte[] sig = signature;
      if (type == COSIGNATURE_V1) {
        if (signature.length != 72) {
          return false;
        }
        long time = 0;
        for (int i = 0; i < 8; i++) {
          time = time << 8 | (signature[i] & 0xff);
        }
        msg = cosignedMessage(time, text);
        sig = Arrays.copyOfRange(signature, 8, 72);
      }
      if (sig.length != 64) {
        return false;
      }
      try {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(publicKey(key));
        s.update(msg);
        return s.verify(sig);
      } catch (GeneralSecurityException | RuntimeException e) {
        return false; // a key that is not a curve point, or a malformed signature
      }
    }

    @Override
    public String verifierKey() {
      return name + "+" + String.format("%08x", keyId()) + "+" + b64(type, key);
    }
  }

  private record Signer(Verifier verifier, byte[] seed, Clock clock) implements NoteSigner {
    @Override
    public String name() {
      return verifier.name();
    }

    @Override
    public int keyId() {
      return verifier.keyId();
    }

    @Override
    public byte[] sign(byte[] text) {
      try {
        PrivateKey k = KeyFactory.getInstance("Ed25519")
            .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(k);
        if (verifier.type() != COSIGNATURE_V1) {
          s.update(text);
          return s.sign();
        }
        long time = clock.instant().getEpochSecond();
        s.update(cosignedMessage(time, text));
        byte[] out = new byte[72];
        for (int i = 0; i < 8; i++) {
          out[i] = (byte) (time >>> (56 - 8 * i));
        }
        System.arraycopy(s.sign(), 0, out, 8, 64);
        return out;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Ed25519 signing failed", e);
      }
    }

    @Override
    public String toString() {
      return "NoteSigner[" + verifier.verifierKey() + "]"; // never the seed
    }
  }

  /** Hands out the seed as the "random" bytes the key pair generator asks for. */
  private static final class SeedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    SeedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("expected a request for " + seed.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
