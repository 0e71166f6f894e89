package org.yadman.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) in the PHC string format that libsodium, the reference
 * implementation and most libraries use: {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} with
 * unpadded standard Base64. The parameters travel inside every hash, so they can be raised later:
 * old hashes still verify, and {@link #needsRehash} tells the login to store a stronger one.
 *
 * <p>Defaults follow the OWASP Password Storage Cheat Sheet's first Argon2id option: 19 MiB of
 * memory, 2 passes, 1 lane; a 16-byte random salt and a 32-byte hash: a fraction of a second per
 * sign-in, and 19 MiB per guess for anyone who steals the table (timing: docs/accounts.md).
 */
public final class PasswordHasher {
    /** Memory in KiB. */
    public static final int DEFAULT_MEMORY_KIB = 19_456;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (parallelism < 1 || parallelism > 255) throw new IllegalArgumentException("parallelism " + parallelism + " out of range 1..255");
        if (memoryKib < 8 * parallelism) throw new IllegalArgumentException("memory " + memoryKib + " KiB below 8 KiB per lane");
        if (iterations < 1) throw new IllegalArgumentException("iterations " + iterations + " below 1");
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** A new PHC string for {@code password}, with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether {@code password} matches {@code encoded}, compared in constant time. A string that is
     * not an Argon2id PHC hash matches nothing (a disabled or foreign hash cannot be logged into).
     */
    public boolean verify(String password, String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) return false;
        int memory = Integer.parseInt(m.group(1));
        int passes = Integer.parseInt(m.group(2));
        int lanes = Integer.parseInt(m.group(3));
        if (lanes < 1 || memory < 8 * lanes || passes < 1) return false;
        byte[] salt = B64_DECODE.decode(m.group(4));
        byte[] expected = B64_DECODE.decode(m.group(5));
        byte[] actual = argon2id(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether {@code encoded} was made with weaker parameters than this hasher's. */
    public boolean needsRehash(String encoded) {
        Matcher m = encoded == null ? null : PHC.matcher(encoded);
        if (m == null || !m.matches()) return true;
        return Integer.parseInt(m.group(1)) < memoryKib || Integer.parseInt(m.group(2)) < iterations
                || B64_DECODE.decode(m.group(5)).length < HASH_BYTES;
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }
}
