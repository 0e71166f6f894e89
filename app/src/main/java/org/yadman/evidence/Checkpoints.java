package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Hash;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.SignedNote;

/** Signs the log's current tree head and keeps every checkpoint ever signed. */
public final class Checkpoints {
    private Checkpoints() {}

    /** A stored checkpoint. */
    public record Stored(long id, long size, Hash root, String note, Instant signedAt) {}

    /** Signs the tree as it is now and stores the checkpoint. */
    public static Stored signNow(DataSource ds, NoteSigner signer, Instant at) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                long size;
                // Share-locking the head keeps appends out while the root is read, so size and root agree.
                try (PreparedStatement s = c.prepareStatement("SELECT size FROM ledger_head FOR SHARE");
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    size = r.getLong(1);
                }
                Hash root = Ledger.rootAt(new PgHashStore(c), size);
                String note = SignedNote.sign(new Checkpoint(signer.name(), size, root).text(), List.of(signer)).toString();
                long id;
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO checkpoint (size, root, note, signed_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                    s.setLong(1, size);
                    s.setBytes(2, root.bytes());
                    s.setString(3, note);
                    s.setTimestamp(4, Timestamp.from(at));
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        id = r.getLong(1);
                    }
                }
                c.commit();
                return new Stored(id, size, root, note, at);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Every checkpoint, oldest first. */
    public static List<Stored> all(Connection c) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, size, root, note, signed_at FROM checkpoint ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Stored(r.getLong(1), r.getLong(2), Hash.of(r.getBytes(3)), r.getString(4), r.getTimestamp(5).toInstant()));
            }
        }
        return out;
    }

    /** The latest checkpoint with the witness cosignatures received for it appended. */
    public static Optional<String> latestWithCosignatures(Connection c) throws SQLException {
        List<Stored> all = all(c);
        if (all.isEmpty()) return Optional.empty();
        Stored last = all.get(all.size() - 1);
        StringBuilder note = new StringBuilder(last.note());
        try (PreparedStatement s = c.prepareStatement("SELECT signature FROM cosignature WHERE checkpoint_id = ? ORDER BY id")) {
            s.setLong(1, last.id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) note.append(r.getString(1)).append('\n');
            }
        }
        return Optional.of(note.toString());
    }

    /** The current log size (the head row). */
    public static long logSize(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT size FROM ledger_head"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
