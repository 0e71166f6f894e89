package org.yadman.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.yadman.evidence.Checkpoints;
import org.yadman.evidence.LeafRecord;
import org.yadman.evidence.PgHashStore;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Hash;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteVerifier;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.TlogProof;
import org.yadman.ledger.VerificationException;

/**
 * Proof of filing: a C2SP tlog-proof whose {@code extra} is the message's leaf
 * ({@code yadman-leaf/v1}: kind, message id, the ciphertext's SHA-256, digests of the row and of
 * the files' ciphertext hashes), leading to the latest signed checkpoint. It shows that this
 * ciphertext was in the organisation's log by the time of that checkpoint, and nothing else.
 */
public final class FilingProof {
    private FilingProof() {}

    /** The proof for message {@code messageId}, or empty while no signed checkpoint covers it yet. */
    public static Optional<String> of(Connection c, long messageId) throws SQLException {
        long index;
        byte[] leaf;
        try (PreparedStatement s = c.prepareStatement("SELECT idx, leaf FROM ledger_entry WHERE target_table = 'intake_message' AND target_id = ? ORDER BY idx LIMIT 1")) {
            s.setLong(1, messageId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                index = r.getLong(1);
                leaf = r.getBytes(2);
            }
        }
        List<Checkpoints.Stored> all = Checkpoints.all(c);
        if (all.isEmpty() || all.get(all.size() - 1).size() <= index) return Optional.empty();
        Checkpoints.Stored latest = all.get(all.size() - 1);
        SignedNote note = SignedNote.parse(Checkpoints.latestWithCosignatures(c).orElseThrow());
        return Optional.of(TlogProof.of(leaf, Ledger.inclusionProof(new PgHashStore(c), index, latest.size()), note).toString());
    }

    /** What a verified proof says. */
    public record Verified(LeafRecord leaf, long index, long treeSize) {
        /** The SHA-256 of the message's ciphertext, as filed. */
        public String ciphertextSha256() {
            return leaf.part("content");
        }
    }

    /**
     * Verifies a proof offline against the log's verifier key (DATA/keys/log.pub): the checkpoint's
     * signature, the leaf's inclusion, and that the leaf is an intake message's.
     */
    public static Verified verify(String proofText, String logVerifierKey) throws VerificationException {
        TlogProof proof;
        try {
            proof = TlogProof.parse(proofText);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("not a proof of filing: " + e.getMessage(), e);
        }
        byte[] leafBytes = proof.extraBytes();
        if (leafBytes == null) throw new VerificationException("the proof carries no leaf (its extra line is missing)");
        LeafRecord leaf;
        try {
            leaf = LeafRecord.parse(leafBytes);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("the proof's leaf: " + e.getMessage(), e);
        }
        if (!leaf.kind().equals("intake_message")) throw new VerificationException("the proof's leaf is a " + leaf.kind() + ", not an intake message");
        NoteVerifier log = Ledger.noteVerifier(logVerifierKey);
        Hash leafHash = Ledger.leafHash(leafBytes);
        proof.verify(leafHash, log.name(), log, List.of());
        Checkpoint cp = Checkpoint.of(proof.checkpoint());
        return new Verified(leaf, proof.index(), cp.size());
    }
}
