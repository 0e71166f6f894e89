package org.yadman.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A hashcash-style cost on what scripts create (uploads, submissions): the server hands out a
 * signed challenge; the client must find a nonce such that SHA-256(challenge ":" nonce) starts
 * with {@code bits} zero bits (about 2^bits hashes, a second or two in a browser) and spend it
 * once within {@link #LIFETIME}. The no-JavaScript form cannot compute one; it is held to the
 * instance-wide {@link Throttle} instead.
 */
public final class ProofOfWork {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private final int bits;
    private final Clock clock;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> spent = new ConcurrentHashMap<>();

    public ProofOfWork(int bits, Clock clock) {
        if (bits < 0 || bits > 30) throw new IllegalArgumentException("proof-of-work bits " + bits + " out of range 0..30");
        this.bits = bits;
        this.clock = clock;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public int bits() {
        return bits;
    }

    public String challenge() {
        byte[] body = ByteBuffer.allocate(24).putLong(clock.instant().getEpochSecond()).put(randomBytes()).array();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(body) + "." + b64.encodeToString(mac(body));
    }

    /** Whether {@code solution} ("challenge:nonce") is valid and unspent; spends it if so. */
    public boolean accept(String solution) {
        if (bits == 0) return true;
        if (solution == null) return false;
        int colon = solution.lastIndexOf(':');
        if (colon < 0) return false;
        String challenge = solution.substring(0, colon);
        int dot = challenge.indexOf('.');
        if (dot < 0) return false;
        byte[] body;
        byte[] tag;
        try {
            body = Base64.getUrlDecoder().decode(challenge.substring(0, dot));
            tag = Base64.getUrlDecoder().decode(challenge.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (body.length != 24 || !MessageDigest.isEqual(tag, mac(body))) return false;
        Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(body).getLong());
        Instant now = clock.instant();
        if (issued.plus(LIFETIME).isBefore(now) || issued.isAfter(now.plusSeconds(60))) return false;
        if (!hasLeadingZeros(ReceiptKeys.sha256(solution.getBytes(StandardCharsets.US_ASCII)), bits)) return false;
        spent.values().removeIf(at -> at.plus(LIFETIME).isBefore(now));
        return spent.putIfAbsent(challenge, issued) == null;
    }

    static boolean hasLeadingZeros(byte[] hash, int bits) {
        for (int i = 0; i < bits; i++) if ((hash[i / 8] >> (7 - i % 8) & 1) != 0) return false;
        return true;
    }

    /** Finds a nonce (for tests and the load generator; browsers do this in static/intake/pow.js). */
    public static String solve(String challenge, int bits) {
        for (long nonce = 0; ; nonce++) {
            String solution = challenge + ":" + nonce;
            if (hasLeadingZeros(ReceiptKeys.sha256(solution.getBytes(StandardCharsets.US_ASCII)), bits)) return solution;
        }
    }

    private byte[] randomBytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
