package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSignature;
import org.yadman.ledger.NoteVerifier;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.VerificationException;

/** Known witnesses and the cosignatures they send for our checkpoints. */
public final class Witnesses {
    private Witnesses() {}

    /** Registers a witness by its verifier key (tlog-cosignature v1, or a plain Ed25519 note key). */
    public static NoteVerifier add(Connection c, String verifierKey) throws SQLException {
        NoteVerifier v = Ledger.cosignatureVerifier(verifierKey);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO witness (verifier_key, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, verifierKey);
            s.setString(2, v.name());
            s.executeUpdate();
        }
        return v;
    }

    public static List<NoteVerifier> all(Connection c) throws SQLException {
        List<NoteVerifier> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT verifier_key FROM witness ORDER BY name"); ResultSet r = s.executeQuery()) {
            while (r.next()) out.add(Ledger.cosignatureVerifier(r.getString(1)));
        }
        return out;
    }

    /**
     * Keeps the known witnesses' valid cosignatures on {@code note}, which must carry the text of a
     * checkpoint we signed. Returns how many were new.
     *
     * @throws VerificationException naming what was refused: an unknown checkpoint, no known witness, a bad signature
     */
    public static int accept(Connection c, String note, Instant at) throws SQLException, VerificationException {
        SignedNote signed;
        try {
            signed = SignedNote.parse(note);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("not a signed note: " + e.getMessage(), e);
        }
        long checkpointId = -1;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM checkpoint WHERE starts_with(note, ?) ORDER BY id LIMIT 1")) {
            s.setString(1, signed.text() + "\n");
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) checkpointId = r.getLong(1);
            }
        }
        if (checkpointId < 0) throw new VerificationException("the note is not a checkpoint this log signed");
        List<NoteSignature> verified = signed.verifyKnown(all(c));
        if (verified.isEmpty()) throw new VerificationException("the note carries no signature from a known witness");
        int added = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cosignature (checkpoint_id, witness, signature, received_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (NoteSignature sig : verified) {
                s.setLong(1, checkpointId);
                s.setString(2, sig.name());
                s.setString(3, sig.line());
                s.setTimestamp(4, Timestamp.from(at));
                added += s.executeUpdate();
            }
        }
        return added;
    }
}
