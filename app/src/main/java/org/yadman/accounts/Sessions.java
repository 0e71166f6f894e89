package org.yadman.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.yadman.web.Viewer;

/**
 * Signed-in sessions. The browser holds a random 256-bit token; the database holds only its
 * SHA-256, so a copy of {@code user_session} opens nothing. A session ends after
 * {@link #IDLE} without a request or {@link #ABSOLUTE} after sign-in, whichever comes first, both
 * measured with the caller's clock. Each session has its own random form token (csrf).
 */
public final class Sessions {
    /** Inactivity after which a session ends: short, because workstations get left unlocked. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** Lifetime of a session however active: one working day. */
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** last_seen_at is rewritten at most this often, so reading pages does not mean a write each. */
    static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder TOKEN_TEXT = Base64.getUrlEncoder().withoutPadding();

    /** A new session: the cookie value to hand to the browser, and who it signs in. */
    public record Started(String cookieToken, Viewer viewer) {}

    private record Row(Viewer viewer, Instant expires, Instant lastSeen, boolean disabled) {}

    private final Jdbi jdbi;

    public Sessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Started start(long userId, String name, Role role, Instant now) {
        String cookieToken = randomToken();
        String csrf = randomToken();
        jdbi.useHandle(h -> {
            // Sign-in is a good moment to sweep sessions nobody can use any more.
            h.createUpdate("DELETE FROM user_session WHERE expires_at <= :now OR last_seen_at <= :idleCut")
                    .bind("now", Users.utc(now)).bind("idleCut", Users.utc(now.minus(IDLE))).execute();
            h.createUpdate("""
                    INSERT INTO user_session (token_sha256, user_id, csrf_token, created_at, expires_at, last_seen_at)
                    VALUES (:hash, :user, :csrf, :now, :expires, :now)""")
                    .bind("hash", sha256(cookieToken)).bind("user", userId).bind("csrf", csrf)
                    .bind("now", Users.utc(now)).bind("expires", Users.utc(now.plus(ABSOLUTE))).execute();
        });
        return new Started(cookieToken, new Viewer(userId, name, role.code(), csrf));
    }

    /**
     * The viewer behind a cookie token, or empty when the token is unknown, expired (idle or
     * absolute) or its account disabled. An expired session's row is deleted on the way.
     */
    public Optional<Viewer> resolve(String cookieToken, Instant now) {
        byte[] hash = hashOf(cookieToken);
        if (hash == null) return Optional.empty();
        return jdbi.inTransaction(h -> {
            Optional<Row> found = h.createQuery("""
                    SELECT s.user_id, s.csrf_token, s.expires_at, s.last_seen_at, u.name, u.role, u.disabled_at IS NOT NULL AS disabled
                    FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_sha256 = :hash""")
                    .bind("hash", hash)
                    .map((rs, ctx) -> new Row(new Viewer(rs.getLong("user_id"), rs.getString("name"), rs.getString("role"),
                            rs.getString("csrf_token")), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("last_seen_at", OffsetDateTime.class).toInstant(), rs.getBoolean("disabled")))
                    .findOne();
            if (found.isEmpty()) return Optional.<Viewer>empty();
            Row row = found.get();
            boolean live = now.isBefore(row.expires) && now.isBefore(row.lastSeen.plus(IDLE)) && !row.disabled;
            if (!live) {
                h.createUpdate("DELETE FROM user_session WHERE token_sha256 = :hash").bind("hash", hash).execute();
                return Optional.<Viewer>empty();
            }
            if (!now.isBefore(row.lastSeen.plus(TOUCH_GRANULARITY))) {
                h.createUpdate("UPDATE user_session SET last_seen_at = :now WHERE token_sha256 = :hash")
                        .bind("now", Users.utc(now)).bind("hash", hash).execute();
            }
            return Optional.of(row.viewer);
        });
    }

    /** Ends the session behind {@code cookieToken}; returns whether there was one. */
    public boolean end(String cookieToken) {
        byte[] hash = hashOf(cookieToken);
        if (hash == null) return false;
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM user_session WHERE token_sha256 = :hash")
                .bind("hash", hash).execute()) > 0;
    }

    /** 32 random bytes as unpadded base64url (43 characters). */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_TEXT.encodeToString(bytes);
    }

    /** The stored form of a well-formed cookie token; null for anything else. */
    static byte[] hashOf(String cookieToken) {
        if (cookieToken == null || !cookieToken.matches("[A-Za-z0-9_-]{43}")) return null;
        return sha256(cookieToken);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
