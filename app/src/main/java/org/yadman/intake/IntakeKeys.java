package org.yadman.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.jdbi.v3.core.Jdbi;

/** The organisation's intake public keys: everything submitted is encrypted to every active one. */
public final class IntakeKeys {
    private final Jdbi jdbi;

    public IntakeKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Key(String fingerprint, String userIds, Instant addedAt) {}

    /**
     * Adds every public key in {@code keyFile} (armored or binary); returns their fingerprints.
     *
     * @throws IllegalArgumentException for a file with no public key, a secret key, or a key that cannot encrypt
     */
    public List<String> add(byte[] keyFile, Instant now) {
        String text = new String(keyFile, 0, Math.min(keyFile.length, 4096), java.nio.charset.StandardCharsets.US_ASCII);
        if (text.contains("PRIVATE KEY BLOCK")) throw new IllegalArgumentException("this is a secret key; give the public key only (gpg --export --armor)");
        List<PGPPublicKeyRing> rings = OpenPgp.publicKeyRings(keyFile);
        List<String> added = new ArrayList<>();
        for (PGPPublicKeyRing ring : rings) {
            String fingerprint = OpenPgp.fingerprint(ring);
            if (OpenPgp.encryptionKeys(encoded(ring)).isEmpty()) {
                throw new IllegalArgumentException("key " + fingerprint + " has no encryption subkey that is not revoked");
            }
            List<String> ids = new ArrayList<>();
            for (Iterator<String> it = ring.getPublicKey().getUserIDs(); it.hasNext(); ) ids.add(it.next());
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO intake_key (fingerprint, user_ids, public_key, added_at) VALUES (:f, :u, :k, :at)"
                            + " ON CONFLICT (fingerprint) DO UPDATE SET public_key = excluded.public_key, retired_at = NULL")
                    .bind("f", fingerprint).bind("u", String.join("\n", ids)).bind("k", encoded(ring)).bind("at", Timestamp.from(now)).execute());
            added.add(fingerprint);
        }
        return added;
    }

    /**
     * Stops encrypting new submissions to the key {@code fingerprint} (spaces and case ignored), for
     * a key whose holder left or whose secret may be exposed. What was encrypted to it before stays
     * readable with its secret key. The last active key cannot be retired: the pages would have
     * nothing to encrypt to, so the new key is added first.
     *
     * @throws IllegalArgumentException for an unknown or already retired key, or the last active one
     */
    public Key retire(String fingerprint, Instant now) {
        String wanted = fingerprint.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return jdbi.inTransaction(h -> {
            List<Key> active = h.createQuery("SELECT fingerprint, user_ids, added_at FROM intake_key WHERE retired_at IS NULL ORDER BY id FOR UPDATE")
                    .map((r, ctx) -> new Key(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant())).list();
            Key key = active.stream().filter(k -> k.fingerprint().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no active intake key " + wanted + " (yadman intake keys list shows them)"));
            if (active.size() == 1) {
                throw new IllegalArgumentException("key " + key.fingerprint() + " is the only active intake key; add its successor first"
                        + " (yadman intake keys add FILE.asc), then retire it");
            }
            h.createUpdate("UPDATE intake_key SET retired_at = :at WHERE fingerprint = :f")
                    .bind("at", Timestamp.from(now)).bind("f", key.fingerprint()).execute();
            return key;
        });
    }

    public List<Key> active() {
        return jdbi.withHandle(h -> h.createQuery("SELECT fingerprint, user_ids, added_at FROM intake_key WHERE retired_at IS NULL ORDER BY id")
                .map((r, ctx) -> new Key(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant())).list());
    }

    /** The active keys' encryption keys, for the server's own encryption. */
    public List<PGPPublicKey> recipients() {
        List<PGPPublicKey> out = new ArrayList<>();
        for (byte[] ring : rings()) out.addAll(OpenPgp.encryptionKeys(ring));
        return out;
    }

    /** Every active key as one ASCII-armored block, what browsers encrypt to. */
    public String armored() {
        return armoredWith(new byte[0]);
    }

    /** {@code firstKey} (binary) and every active key in one ASCII-armored block. */
    public String armoredWith(byte[] firstKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armor = ArmoredOutputStream.builder().clearHeaders().build(out)) {
            armor.write(firstKey);
            for (byte[] ring : rings()) armor.write(ring);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private List<byte[]> rings() {
        return jdbi.withHandle(h -> h.createQuery("SELECT public_key FROM intake_key WHERE retired_at IS NULL ORDER BY id").mapTo(byte[].class).list());
    }

    private static byte[] encoded(PGPPublicKeyRing ring) {
        try {
            return ring.getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
