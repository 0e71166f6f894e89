package org.yadman.accounts;

import java.security.SecureRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * A random secret this installation makes for itself on first use and keeps in the database
 * ({@code instance_secret}), so that several processes serving one registry agree on it and a
 * restart does not invalidate forms already on screen.
 */
final class InstanceSecret {
    private InstanceSecret() {}

    /** The secret called {@code name}, created (256 random bits) if it does not exist yet. */
    static byte[] load(Jdbi jdbi, String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return jdbi.withHandle(h -> {
            // Two processes starting at once both insert; the first wins and both read the winner.
            h.createUpdate("INSERT INTO instance_secret (name, secret) VALUES (:name, :secret) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("secret", fresh).execute();
            return h.createQuery("SELECT secret FROM instance_secret WHERE name = :name")
                    .bind("name", name).mapTo(byte[].class).one();
        });
    }
}
