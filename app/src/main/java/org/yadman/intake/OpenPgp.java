package org.yadman.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.bc.BcPGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * The server's OpenPGP (Bouncy Castle), used only where a browser could not do it itself: the
 * no-JavaScript form (encrypt on arrival, in memory), making the submitter's key pair for it,
 * and reading replies for a submitter without JavaScript. Keys are v4 Ed25519 + Curve25519
 * (ECDH), what OpenPGP.js makes by default and GnuPG 2.2 reads.
 */
public final class OpenPgp {
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpenPgp() {}

    /** The submitter's key pair: the public key ring and the secret key ring, both binary. */
    public record KeyPair(byte[] publicKey, byte[] secretKey) {}

    /** The encryption subkeys (or keys) of one or more public key rings, armored or binary. */
    public static List<PGPPublicKey> encryptionKeys(byte[] keyRings) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(keyRings))) {
            List<PGPPublicKey> out = new ArrayList<>();
            for (PGPPublicKeyRing ring : new BcPGPPublicKeyRingCollection(in)) {
                for (PGPPublicKey key : ring) if (key.isEncryptionKey() && !key.hasRevocation()) out.add(key);
            }
            return out;
        } catch (IOException | PGPException e) {
            throw new IllegalArgumentException("not an OpenPGP public key: " + e.getMessage(), e);
        }
    }

    /** The public key rings in {@code keyRings} (armored or binary), each in binary form. */
    public static List<PGPPublicKeyRing> publicKeyRings(byte[] keyRings) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(keyRings))) {
            List<PGPPublicKeyRing> out = new ArrayList<>();
            for (PGPPublicKeyRing ring : new BcPGPPublicKeyRingCollection(in)) out.add(ring);
            if (out.isEmpty()) throw new IllegalArgumentException("no OpenPGP public key in it");
            return out;
        } catch (IOException | PGPException e) {
            throw new IllegalArgumentException("not an OpenPGP public key: " + e.getMessage(), e);
        }
    }

    public static String fingerprint(PGPPublicKeyRing ring) {
        return HexFormat.of().withUpperCase().formatHex(ring.getPublicKey().getFingerprint());
    }

    /**
     * A stream that encrypts what is written to {@code out} for {@code recipients} (SEIPD v1, AES-256);
     * closing it finishes the message but leaves {@code out} open.
     */
    public static OutputStream encryptTo(OutputStream out, List<PGPPublicKey> recipients, String fileName) throws IOException {
        if (recipients.isEmpty()) throw new IllegalStateException("no intake key: add one with `yadman intake keys add FILE.asc`");
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                .setWithIntegrityPacket(true).setSecureRandom(RANDOM));
        for (PGPPublicKey key : recipients) generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(key).setSecureRandom(RANDOM));
        try {
            OutputStream encrypted = generator.open(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, new byte[1 << 16]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream plain = literal.open(encrypted, PGPLiteralData.BINARY, fileName, new Date(0), new byte[1 << 16]);
            return new FilterOutputStream(plain) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    plain.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    plain.close();
                    literal.close();
                    encrypted.close();
                    generator.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    /** {@code plaintext} encrypted for {@code recipients}, binary. */
    public static byte[] encrypt(byte[] plaintext, List<PGPPublicKey> recipients, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plaintext.length + 512);
        try (OutputStream encrypting = encryptTo(out, recipients, fileName)) {
            encrypting.write(plaintext);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A new submitter key pair whose secret key is locked with {@code passphrase}. */
    public static KeyPair newSubmitterKey(char[] passphrase, Date created) {
        try {
            Ed25519KeyPairGenerator signing = new Ed25519KeyPairGenerator();
            signing.init(new Ed25519KeyGenerationParameters(RANDOM));
            X25519KeyPairGenerator encryption = new X25519KeyPairGenerator();
            encryption.init(new X25519KeyGenerationParameters(RANDOM));
            PGPKeyPair primary = new BcPGPKeyPair(PublicKeyAlgorithmTags.EDDSA_LEGACY, signing.generateKeyPair(), created);
            PGPKeyPair subkey = new BcPGPKeyPair(PublicKeyAlgorithmTags.ECDH, encryption.generateKeyPair(), created);
            PGPSignatureSubpacketGenerator primaryFlags = new PGPSignatureSubpacketGenerator();
            primaryFlags.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
            PGPSignatureSubpacketGenerator subFlags = new PGPSignatureSubpacketGenerator();
            subFlags.setKeyFlags(true, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);
            var sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
            var sha256 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256);
            PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary, "Yadman submitter", sha1,
                    primaryFlags.generate(), null, new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.EDDSA_LEGACY, HashAlgorithmTags.SHA256),
                    new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha256, 0x60).build(passphrase));
            rings.addSubKey(subkey, subFlags.generate(), null);
            return new KeyPair(rings.generatePublicKeyRing().getEncoded(), rings.generateSecretKeyRing().getEncoded());
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("cannot make a key pair: " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a message for one of the keys of {@code secretKeyRing} (armored or binary),
     * unlocked with {@code passphrase}. The plaintext stays in memory.
     *
     * @throws IllegalArgumentException when the message is not for this key, or the passphrase is wrong
     */
    public static byte[] decrypt(byte[] message, byte[] secretKeyRing, char[] passphrase) {
        try (InputStream keyIn = PGPUtil.getDecoderStream(new ByteArrayInputStream(secretKeyRing));
             InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(message))) {
            PGPSecretKeyRing ring = new PGPSecretKeyRing(keyIn, new org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator());
            Object first = new BcPGPObjectFactory(in).nextObject();
            PGPEncryptedDataList list = first instanceof PGPEncryptedDataList l ? l : null;
            if (list == null) throw new IllegalArgumentException("not an encrypted OpenPGP message");
            for (Iterator<?> it = list.getEncryptedDataObjects(); it.hasNext(); ) {
                if (!(it.next() instanceof PGPPublicKeyEncryptedData data)) continue;
                PGPSecretKey secret = ring.getSecretKey(data.getKeyIdentifier().getKeyId());
                if (secret == null) continue;
                PGPPrivateKey key = secret.extractPrivateKey(new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
                try (InputStream clear = data.getDataStream(new BcPublicKeyDataDecryptorFactory(key))) {
                    Object inner = new BcPGPObjectFactory(clear).nextObject();
                    if (inner instanceof org.bouncycastle.openpgp.PGPCompressedData compressed) {
                        inner = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
                    }
                    if (!(inner instanceof PGPLiteralData literal)) throw new IllegalArgumentException("the message holds no literal data");
                    byte[] plain = literal.getInputStream().readAllBytes();
                    if (data.isIntegrityProtected() && !data.verify()) throw new IllegalArgumentException("the message failed its integrity check");
                    return plain;
                }
            }
            throw new IllegalArgumentException("the message is not encrypted to this key");
        } catch (IOException | PGPException e) {
            throw new IllegalArgumentException("cannot decrypt: " + e.getMessage(), e);
        }
    }

    /** ASCII armor of {@code binary} (a message or a public key), for pages and copy-paste into GnuPG. */
    public static String armor(byte[] binary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(binary.length * 4 / 3 + 128);
        try (org.bouncycastle.bcpg.ArmoredOutputStream armor = org.bouncycastle.bcpg.ArmoredOutputStream.builder().clearHeaders().build(out)) {
            armor.write(binary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
