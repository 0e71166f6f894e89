package org.yadman.intake;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Resumable uploads of encrypted files (the storage behind tus, {@link UploadRoutes}): an upload
 * declares its length, receives chunks in order, each checked against its SHA-256, and is
 * complete when the last byte arrives; then the whole is hashed and its OpenPGP shape checked
 * ({@link PacketShape}) in one streaming pass. Chunks are rows of {@code intake_chunk}, so an
 * upload of any size costs one chunk of memory.
 *
 * <p>An upload that no submission claims expires {@link #UNCLAIMED_LIFETIME} after its last chunk
 * (tus "expiration"): it is then unknown to HEAD and PATCH, and its chunks are deleted when the next
 * upload is created, so abandoned ciphertext cannot pile up on the server.
 */
public final class Uploads {
    /** Largest chunk one PATCH may carry. */
    public static final int MAX_CHUNK = 16 << 20;
    /** Long enough to resume a large file over Tor after a day offline; short enough that nothing lingers. */
    public static final Duration UNCLAIMED_LIFETIME = Duration.ofHours(48);

    private final DataSource ds;
    private final long maxLength;
    private final SecureRandom random = new SecureRandom();

    public Uploads(DataSource ds, long maxLength) {
        this.ds = ds;
        this.maxLength = maxLength;
    }

    public long maxLength() {
        return maxLength;
    }

    /** Where an upload stands. */
    public record State(String id, long length, long received, String sha256, Instant expires) {
        public boolean complete() {
            return sha256 != null;
        }
    }

    /** Why a request was refused; {@code status} is the HTTP status tus prescribes for it. */
    public static final class Refused extends Exception {
        public final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Creates an upload of {@code length} bytes, after deleting the uploads that expired before {@code now}. */
    public State create(long length, Instant now) throws SQLException, Refused {
        if (length <= 0) throw new Refused(400, "Upload-Length must be a positive number of bytes, got " + length);
        if (length > maxLength) throw new Refused(413, "Upload-Length " + length + " is over the limit of " + maxLength + " bytes");
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        deleteExpired(now);
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO intake_upload (id, length, created_at, last_received_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setLong(2, length);
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(now));
            s.executeUpdate();
        }
        return new State(id, length, 0, null, now.plus(UNCLAIMED_LIFETIME));
    }

    /** The upload as it stands at {@code now}; empty when it does not exist, was claimed, or expired. */
    public Optional<State> state(String id, Instant now) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return state(c, id, now, false);
        }
    }

    private static Optional<State> state(Connection c, String id, Instant now, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT length, received, sha256, last_received_at FROM intake_upload"
                + " WHERE id = ? AND message_id IS NULL AND last_received_at > ?" + (lock ? " FOR UPDATE" : ""))) {
            s.setString(1, id);
            s.setTimestamp(2, Timestamp.from(now.minus(UNCLAIMED_LIFETIME)));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                Instant expires = r.getTimestamp(4).toInstant().plus(UNCLAIMED_LIFETIME);
                return Optional.of(new State(id, r.getLong(1), r.getLong(2), r.getString(3), expires));
            }
        }
    }

    /**
     * Deletes the unclaimed uploads whose last chunk came {@link #UNCLAIMED_LIFETIME} or more
     * before {@code now}, chunks first; returns how many. An upload a submission claims meanwhile
     * is locked by that claim and skipped, and a claim of an upload deleted here fails, telling
     * the sender to upload the file again.
     */
    public int deleteExpired(Instant now) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("""
                    WITH expired AS (
                        SELECT id FROM intake_upload WHERE message_id IS NULL AND last_received_at <= ? FOR UPDATE SKIP LOCKED),
                    chunks AS (DELETE FROM intake_chunk WHERE upload_id IN (SELECT id FROM expired))
                    SELECT id FROM expired""");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM intake_upload WHERE id = ?")) {
                s.setTimestamp(1, Timestamp.from(now.minus(UNCLAIMED_LIFETIME)));
                int n = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        delete.setString(1, r.getString(1));
                        n += delete.executeUpdate();
                    }
                }
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Appends {@code chunk} at {@code offset}. The chunk must start where the upload stands (a
     * replayed or skipped chunk is refused with 409), match {@code sha256} when given (460), and
     * not run past the declared length (413). When it completes the upload, the whole must be an
     * encrypted OpenPGP message (422, and the upload is discarded).
     */
    public State append(String id, long offset, byte[] chunk, byte[] sha256, Instant now) throws SQLException, Refused {
        if (sha256 != null && !MessageDigest.isEqual(sha256, ReceiptKeys.sha256(chunk))) {
            throw new Refused(460, "the chunk's SHA-256 does not match Upload-Checksum; send it again");
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                State state = state(c, id, now, true).orElseThrow(() -> new Refused(404, "no open upload " + id));
                if (state.complete()) throw new Refused(409, "upload " + id + " is already complete");
                if (offset != state.received()) {
                    throw new Refused(409, "Upload-Offset " + offset + " does not match the " + state.received() + " bytes received; ask with HEAD and resume there");
                }
                if (offset + chunk.length > state.length()) {
                    throw new Refused(413, "the chunk runs to byte " + (offset + chunk.length) + ", past Upload-Length " + state.length());
                }
                if (chunk.length > 0) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO intake_chunk (upload_id, start, data) VALUES (?, ?, ?)")) {
                        s.setString(1, id);
                        s.setLong(2, offset);
                        s.setBytes(3, chunk);
                        s.executeUpdate();
                    }
                }
                long received = offset + chunk.length;
                String digest = null;
                if (received == state.length()) digest = finish(c, id, state.length());
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE intake_upload SET received = ?, sha256 = ?, completed_at = ?, last_received_at = ? WHERE id = ?")) {
                    s.setLong(1, received);
                    s.setString(2, digest);
                    s.setTimestamp(3, digest == null ? null : Timestamp.from(now));
                    s.setTimestamp(4, Timestamp.from(now));
                    s.setString(5, id);
                    s.executeUpdate();
                }
                c.commit();
                return new State(id, state.length(), received, digest, now.plus(UNCLAIMED_LIFETIME));
            } catch (Refused e) {
                c.rollback();
                if (e.status == 422) discard(c, id);
                throw e;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The whole upload's SHA-256 after checking it is an encrypted OpenPGP message. */
    private String finish(Connection c, String id, long length) throws SQLException, Refused {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(content(c, id), sha)) {
            long read = PacketShape.check(in);
            if (read != length) throw new Refused(422, "upload " + id + ": the message ends at byte " + read + " of " + length);
        } catch (PacketShape.NotEncrypted e) {
            throw new Refused(422, "upload " + id + " is not an encrypted OpenPGP message: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read upload " + id + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void discard(Connection c, String id) throws SQLException {
        c.setAutoCommit(true);
        try (PreparedStatement chunks = c.prepareStatement("DELETE FROM intake_chunk WHERE upload_id = ?");
             PreparedStatement upload = c.prepareStatement("DELETE FROM intake_upload WHERE id = ? AND message_id IS NULL")) {
            chunks.setString(1, id);
            chunks.executeUpdate();
            upload.setString(1, id);
            upload.executeUpdate();
        }
    }

    /**
     * The upload's bytes in order, streamed one chunk at a time. {@code c} must stay open and,
     * for streaming, be in a transaction (PostgreSQL only streams with autocommit off).
     */
    public static InputStream content(Connection c, String id) throws SQLException {
        return new ChunkStream(c, id);
    }
}
