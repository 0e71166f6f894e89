package org.yadman.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jdbi.v3.core.Jdbi;

/**
 * The two secrets a receipt yields, each Argon2id (RFC 9106) of the receipt's ASCII digits with
 * its own salt, SHA-256("yadman-intake-lookup\n" ‖ instance salt) or SHA-256("yadman-intake-key\n"
 * ‖ instance salt):
 * <ul>
 *   <li>the <b>lookup</b> secret, whose SHA-256 is stored to find the submission;</li>
 *   <li>the <b>key passphrase</b> (lowercase hex), which unlocks the submitter's secret key. The
 *       server stores neither it nor anything derived from it.</li>
 * </ul>
 * The browser computes both itself (static/intake/receipt.js, same parameters), so with
 * JavaScript the receipt never reaches the server. The instance salt is public (it is served to
 * every browser); it only makes one instance's table useless against another's.
 */
public final class ReceiptKeys {
    /** Argon2id cost: OWASP's first option (19 MiB, 2 passes, 1 lane), as for passwords. */
    public static final int MEMORY_KIB = 19_456;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;

    private final byte[] lookupSalt;
    private final byte[] keySalt;
    private final byte[] instanceSalt;

    public ReceiptKeys(byte[] instanceSalt) {
        if (instanceSalt.length != 32) throw new IllegalArgumentException("instance salt is " + instanceSalt.length + " bytes, expected 32");
        this.instanceSalt = instanceSalt.clone();
        this.lookupSalt = sha256(concat("yadman-intake-lookup\n".getBytes(StandardCharsets.US_ASCII), instanceSalt));
        this.keySalt = sha256(concat("yadman-intake-key\n".getBytes(StandardCharsets.US_ASCII), instanceSalt));
    }

    /** This instance's salt, made once and kept in {@code instance_secret} as "intake-salt". */
    public static ReceiptKeys of(Jdbi jdbi) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        byte[] salt = jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO instance_secret (name, secret) VALUES ('intake-salt', :s) ON CONFLICT (name) DO NOTHING")
                    .bind("s", fresh).execute();
            return h.createQuery("SELECT secret FROM instance_secret WHERE name = 'intake-salt'").mapTo(byte[].class).one();
        });
        return new ReceiptKeys(salt);
    }

    public String instanceSaltHex() {
        return HexFormat.of().formatHex(instanceSalt);
    }

    /** The lookup secret (32 bytes). */
    public byte[] lookupSecret(Receipt receipt) {
        return argon2id(receipt.digits(), lookupSalt);
    }

    /** What the database holds for a lookup secret: its SHA-256. */
    public static byte[] lookupHash(byte[] lookupSecret) {
        return sha256(lookupSecret);
    }

    /** The passphrase of the submitter's secret key: 64 lowercase hex digits. */
    public char[] keyPassphrase(Receipt receipt) {
        return HexFormat.of().formatHex(argon2id(receipt.digits(), keySalt)).toCharArray();
    }

    private static byte[] argon2id(String digits, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB).withIterations(ITERATIONS).withParallelism(PARALLELISM).withSalt(salt).build());
        byte[] out = new byte[32];
        generator.generateBytes(digits.getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
