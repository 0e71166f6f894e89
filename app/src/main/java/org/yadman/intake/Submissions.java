package org.yadman.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;

/**
 * Submissions and their messages, ciphertext only. Filing a submission, adding to it and replying
 * each write the message, claim its uploads and append an {@link EventKind#INTAKE_MESSAGE} leaf in
 * one transaction: all of it is kept, or none.
 */
public final class Submissions {
    private final Jdbi jdbi;

    public Submissions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Why a message was refused; nothing was written. */
    public static final class Rejected extends Exception {
        public Rejected(String message) {
            super(message);
        }
    }

    /** A message as filed: its id, the submission's, and its leaf in the evidence log. */
    public record Filed(long submissionId, long messageId, long leafIndex, String sha256) {}

    /** One message of a conversation, with the ids and hashes of its encrypted files. */
    public record Message(long id, String author, byte[] ciphertext, String sha256, Instant createdAt, List<FileRef> files) {}

    public record FileRef(String uploadId, long length, String sha256) {}

    /** The submitter's public key and locked secret key. */
    public record SubmitterKeys(byte[] publicKey, byte[] secretKey) {}

    /** Files a new submission with its first message. */
    public Filed file(byte[] lookupHash, OpenPgp.KeyPair submitter, String encryptedBy, byte[] message, List<String> uploadIds, Instant now)
            throws Rejected {
        check(message, submitter);
        try {
            return jdbi.inTransaction(h -> {
                boolean taken = h.createQuery("SELECT count(*) > 0 FROM intake_submission WHERE lookup_hash = :h")
                        .bind("h", lookupHash).mapTo(Boolean.class).one();
                if (taken) throw new RejectedInTransaction("this receipt is already in use; start again for a new one");
                long id = h.createUpdate("INSERT INTO intake_submission (lookup_hash, submitter_key, submitter_secret, encrypted_by, received_at)"
                                + " VALUES (:h, :pub, :sec, :by, :at)")
                        .bind("h", lookupHash).bind("pub", submitter.publicKey()).bind("sec", submitter.secretKey())
                        .bind("by", encryptedBy).bind("at", Timestamp.from(now))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                return addMessage(h, id, "submitter", null, message, uploadIds, now);
            });
        } catch (RejectedInTransaction e) {
            throw new Rejected(e.getMessage());
        }
    }

    /** Adds a message (the submitter's addition, or an investigator's reply) to submission {@code id}. */
    public Filed add(long submissionId, String author, Long authorUser, byte[] message, List<String> uploadIds, Instant now) throws Rejected {
        check(message, null);
        try {
            return jdbi.inTransaction(h -> addMessage(h, submissionId, author, authorUser, message, uploadIds, now));
        } catch (RejectedInTransaction e) {
            throw new Rejected(e.getMessage());
        }
    }

    private static void check(byte[] message, OpenPgp.KeyPair submitter) throws Rejected {
        if (message == null || message.length == 0) throw new Rejected("the message is empty");
        try {
            PacketShape.checkBytes(message);
        } catch (PacketShape.NotEncrypted e) {
            throw new Rejected("the message is not an encrypted OpenPGP message: " + e.getMessage());
        }
        if (submitter != null) {
            try {
                if (OpenPgp.encryptionKeys(submitter.publicKey()).isEmpty()) throw new Rejected("the submitter's public key has no encryption key");
            } catch (IllegalArgumentException e) {
                throw new Rejected("the submitter's public key: " + e.getMessage());
            }
            if (submitter.secretKey().length == 0 || (submitter.secretKey()[0] & 0x80) == 0) {
                throw new Rejected("the submitter's locked secret key is not a binary OpenPGP packet");
            }
        }
    }

    private static Filed addMessage(Handle h, long submissionId, String author, Long authorUser, byte[] message, List<String> uploadIds, Instant now) {
        String sha = java.util.HexFormat.of().formatHex(ReceiptKeys.sha256(message));
        long messageId = h.createUpdate("INSERT INTO intake_message (submission_id, author, author_user, ciphertext, sha256, created_at)"
                        + " VALUES (:s, :a, :u, :c, :sha, :at)")
                .bind("s", submissionId).bind("a", author).bind("u", authorUser).bind("c", message).bind("sha", sha)
                .bind("at", Timestamp.from(now)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (String upload : uploadIds) {
            int claimed = h.createUpdate("UPDATE intake_upload SET message_id = :m WHERE id = :id AND message_id IS NULL AND sha256 IS NOT NULL")
                    .bind("m", messageId).bind("id", upload).execute();
            if (claimed != 1) throw new RejectedInTransaction("upload " + upload + " is not a complete upload of yours; upload the file again");
        }
        long leaf = EventLog.append(h, EventKind.INTAKE_MESSAGE, messageId);
        return new Filed(submissionId, messageId, leaf, sha);
    }

    /** The submission a lookup hash belongs to. */
    public Optional<Long> find(byte[] lookupHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM intake_submission WHERE lookup_hash = :h")
                .bind("h", lookupHash).mapTo(Long.class).findOne());
    }

    public SubmitterKeys keys(long submissionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT submitter_key, submitter_secret FROM intake_submission WHERE id = :id")
                .bind("id", submissionId).map((r, ctx) -> new SubmitterKeys(r.getBytes(1), r.getBytes(2))).one());
    }

    public List<Message> messages(long submissionId) {
        return jdbi.withHandle(h -> {
            List<FileRef> none = List.of();
            return h.createQuery("SELECT id, author, ciphertext, sha256, created_at FROM intake_message WHERE submission_id = :s ORDER BY id")
                    .bind("s", submissionId)
                    .map((r, ctx) -> new Message(r.getLong(1), r.getString(2), r.getBytes(3), r.getString(4), r.getTimestamp(5).toInstant(), none))
                    .list().stream()
                    .map(m -> new Message(m.id(), m.author(), m.ciphertext(), m.sha256(), m.createdAt(), files(h, m.id())))
                    .toList();
        });
    }

    private static List<FileRef> files(Handle h, long messageId) {
        return h.createQuery("SELECT id, length, sha256 FROM intake_upload WHERE message_id = :m ORDER BY created_at, id")
                .bind("m", messageId).map((r, ctx) -> new FileRef(r.getString(1), r.getLong(2), r.getString(3))).list();
    }

    /** Unchecked carrier for a rejection inside a Jdbi transaction, which rolls it back. */
    private static final class RejectedInTransaction extends RuntimeException {
        RejectedInTransaction(String message) {
            super(message);
        }
    }
}
