package org.yadman.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Form tokens for requests made before sign-in (the login form, and any other anonymous form),
 * which have no session to hold a csrf token and must not get a cookie. A token is
 * {@code base64url(issued-at seconds ‖ 16 random bytes) "." base64url(HMAC-SHA256)} under the
 * instance secret, valid for {@link #LIFETIME}.
 *
 * <p>What it proves: the form was served by this instance recently and the token was not made up.
 * What it cannot prove on its own: that the form was posted from our own page, since anyone can
 * fetch a fresh token. That part is {@link SameOrigin}'s job; the two together stop login CSRF.
 */
public final class FormTokens {
    /** Long enough to fill in a form on a slow connection, short enough that old pages expire. */
    public static final Duration LIFETIME = Duration.ofHours(2);
    /** Clock skew tolerated between processes sharing the secret. */
    static final Duration SKEW = Duration.ofMinutes(1);
    private static final String CONTEXT = "yadman-form-token-v1:";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    FormTokens(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public String issue(Instant now) {
        byte[] body = ByteBuffer.allocate(24).putLong(now.getEpochSecond()).put(randomBytes(16)).array();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(body) + "." + b64.encodeToString(mac(body));
    }

    /** Whether {@code token} was issued by this instance within its lifetime before {@code now}. */
    public boolean valid(String token, Instant now) {
        if (token == null || token.length() > 200) return false;
        int dot = token.indexOf('.');
        if (dot < 0) return false;
        byte[] body;
        try {
            body = Base64.getUrlDecoder().decode(token.substring(0, dot));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        if (body.length != 24) return false;
        // Compared as text, so only the one canonical encoding of the tag is accepted.
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(body)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) return false;
        Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(body).getLong());
        return !issued.isAfter(now.plus(SKEW)) && now.isBefore(issued.plus(LIFETIME));
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(CONTEXT.getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
