package org.yadman.evidence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Hash;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.MerkleTree;
import org.yadman.ledger.NoteVerifier;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.VerificationException;

/**
 * {@code yadman log verify}: recomputes every leaf from the rows as they are now, the tree from
 * the leaves, and checks every checkpoint ever signed against that tree, on one snapshot of the
 * database. Each problem says what is wrong and where (table, id, leaf index, file path).
 */
public final class LogVerifier {
    /** Rows that are always logged when inserted: one without a leaf means a leaf went missing. */
    private static final List<EventKind> ALWAYS_LOGGED = List.of(EventKind.IMPORT, EventKind.EVIDENCE_ADDED, EventKind.CUSTODY);
    private static final int MAX_PROBLEMS = 100;

    /** What was checked and what failed; {@code ok()} when nothing did. */
    public record Report(long entries, int checkpoints, long files, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final List<String> problems = new ArrayList<>();

    private LogVerifier() {}

    /** Verifies the log; {@code evidence} is the evidence store to rehash, or null to skip files. */
    public static Report verify(DataSource ds, NoteVerifier logKey, EvidenceStore evidence) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return new LogVerifier().run(c, logKey, evidence);
            } finally {
                c.rollback();
            }
        }
    }

    private void problem(String message) {
        if (problems.size() < MAX_PROBLEMS) problems.add(message);
    }

    private Report run(Connection c, NoteVerifier logKey, EvidenceStore evidence) throws SQLException {
        long head = Checkpoints.logSize(c);
        MerkleTree tree = Ledger.newTree();
        try (PreparedStatement s = c.prepareStatement("SELECT idx, leaf, leaf_hash, kind, target_table, target_id FROM ledger_entry ORDER BY idx")) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) checkEntry(c, tree, r.getLong(1), r.getBytes(2), r.getBytes(3), r.getString(4), r.getString(5), r.getLong(6));
            }
        }
        if (tree.size() != head) {
            problem("ledger_head says the log has " + head + " entries but ledger_entry holds " + tree.size()
                    + ": the log was truncated or rows were inserted outside it");
        }
        checkNodes(c, tree);
        for (EventKind kind : ALWAYS_LOGGED) checkCoverage(c, kind);
        checkAssertions(c);
        List<Checkpoints.Stored> checkpoints = Checkpoints.all(c);
        checkCheckpoints(checkpoints, tree, logKey);
        long files = evidence == null ? 0 : checkFiles(c, evidence);
        return new Report(tree.size(), checkpoints.size(), files, List.copyOf(problems));
    }

    private void checkEntry(Connection c, MerkleTree tree, long idx, byte[] leaf, byte[] leafHash, String kind, String table, long id)
            throws SQLException {
        String where = "leaf " + idx + " (" + kind + ", " + table + " " + id + ")";
        if (idx != tree.size()) {
            problem("ledger_entry: leaf " + tree.size() + " is missing (next index found is " + idx + "): the log was truncated or edited");
            while (tree.size() < idx) tree.append(new byte[0]); // keep later indices comparable
        }
        Hash computed = Ledger.leafHash(leaf);
        tree.appendLeafHash(computed);
        if (!Arrays.equals(computed.bytes(), leafHash)) problem(where + ": ledger_entry.leaf_hash does not match the leaf bytes");
        LeafRecord stored;
        try {
            stored = LeafRecord.parse(leaf);
        } catch (IllegalArgumentException e) {
            problem(where + ": the leaf is malformed: " + e.getMessage());
            return;
        }
        if (!stored.kind().equals(kind) || !stored.table().equals(table) || stored.id() != id) {
            problem(where + ": the row's kind/target columns disagree with its leaf (" + stored.kind() + ", " + stored.table() + " " + stored.id() + ")");
        }
        EventKind eventKind;
        try {
            eventKind = EventKind.ofCode(stored.kind());
        } catch (IllegalArgumentException e) {
            problem(where + ": " + e.getMessage());
            return;
        }
        LeafRecord now;
        try {
            now = RowDigests.leaf(c, eventKind, stored.id());
        } catch (RowDigests.MissingRowException e) {
            problem(where + ": " + e.getMessage() + ": the row was deleted after it was logged");
            return;
        }
        boolean partDiffers = false;
        for (LeafRecord.Part p : stored.parts()) {
            String current = now.part(p.name());
            if (!p.hex().equals(current)) {
                partDiffers = true;
                problem(where + ": " + p.name() + " digest is " + current + " now, the log has " + p.hex()
                        + ": " + describe(eventKind, p.name()) + " changed after it was logged");
            }
        }
        if (!partDiffers && !Arrays.equals(now.bytes(), leaf)) {
            problem(where + ": the leaf differs from the one computed from the rows");
        }
    }

    private static String describe(EventKind kind, String part) {
        return switch (part) {
            case "row", "file", "content" -> "the " + kind.table() + " row";
            case "records" -> "a source_record row of this import";
            case "assertions" -> "an assertion row of this import";
            case "links" -> "a record_link row made by this import";
            default -> part;
        };
    }

    private void checkNodes(Connection c, MerkleTree tree) throws SQLException {
        long count = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT level, idx, hash FROM ledger_node ORDER BY level, idx")) {
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    count++;
                    int level = r.getInt(1);
                    long idx = r.getLong(2);
                    Hash expected;
                    try {
                        expected = tree.store().node(level, idx);
                    } catch (java.util.NoSuchElementException e) {
                        problem("ledger_node level " + level + " index " + idx + " is not a complete subtree of the " + tree.size() + " leaves");
                        continue;
                    }
                    if (!expected.equals(Hash.of(r.getBytes(3)))) {
                        problem("ledger_node level " + level + " index " + idx + " differs from the hash recomputed from the leaves");
                    }
                }
            }
        }
        long expectedCount = 0;
        for (int level = 0; level < 63; level++) expectedCount += tree.size() >>> level;
        if (count < expectedCount) problem("ledger_node holds " + count + " hashes, the tree of " + tree.size() + " leaves has " + expectedCount);
    }

    private void checkCoverage(Connection c, EventKind kind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT t.id FROM " + kind.table() + " t WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e"
                + " WHERE e.target_table = ? AND e.kind = ? AND e.target_id = t.id) ORDER BY t.id LIMIT 10")) {
            s.setString(1, kind.table());
            s.setString(2, kind.code());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    problem(kind.table() + " " + r.getLong(1) + " has no " + kind.code() + " leaf: the log was truncated or the row was written outside it");
                }
            }
        }
    }

    /**
     * Every assertion is an imported one (covered by its import's leaf) or has an assertion_added
     * leaf, and every retracted one has an assertion_retracted leaf: a fact inserted or retracted
     * behind the application's back is named.
     */
    private void checkAssertions(Connection c) throws SQLException {
        String leaf = "SELECT 1 FROM ledger_entry e WHERE e.target_table = 'assertion' AND e.target_id = a.id AND e.kind = ";
        try (PreparedStatement s = c.prepareStatement("SELECT a.id FROM assertion a WHERE NOT EXISTS (" + leaf + "'assertion_added')"
                + " AND NOT EXISTS (SELECT 1 FROM source_record r JOIN ledger_entry e ON e.target_table = 'import_batch'"
                + " AND e.target_id = r.import_id AND e.kind = 'import' WHERE r.id = a.source_record_id) ORDER BY a.id LIMIT 10");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                problem("assertion " + r.getLong(1) + " has no assertion_added leaf and is not part of a logged import:"
                        + " it was written outside the log (LoggedAssertions.add) or its leaf was removed");
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT a.id FROM assertion a WHERE a.retracted_at IS NOT NULL"
                + " AND NOT EXISTS (" + leaf + "'assertion_retracted') ORDER BY a.id LIMIT 10");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                problem("assertion " + r.getLong(1) + " is retracted but has no assertion_retracted leaf:"
                        + " it was retracted outside the log (LoggedAssertions.retract) or its leaf was removed");
            }
        }
    }

    private void checkCheckpoints(List<Checkpoints.Stored> checkpoints, MerkleTree tree, NoteVerifier logKey) {
        Checkpoint latest = null;
        for (Checkpoints.Stored stored : checkpoints) {
            String where = "checkpoint #" + stored.id() + " (size " + stored.size() + ", signed " + stored.signedAt() + ")";
            Checkpoint cp;
            try {
                cp = logKey == null ? Checkpoint.of(SignedNote.parse(stored.note()))
                        : Ledger.openCheckpoint(stored.note(), logKey.name(), logKey);
            } catch (VerificationException | IllegalArgumentException e) {
                problem(where + ": signature or form invalid: " + e.getMessage());
                continue;
            }
            if (cp.size() != stored.size() || !cp.root().equals(stored.root())) {
                problem(where + ": its size/root columns disagree with its signed note");
            }
            if (cp.size() > tree.size()) {
                problem(where + ": it covers " + cp.size() + " entries but the log has " + tree.size() + ": the log was truncated");
                continue;
            }
            if (!tree.rootAt(cp.size()).equals(cp.root())) {
                problem(where + ": its root " + cp.root().hex() + " is not the log's root at that size ("
                        + tree.rootAt(cp.size()).hex() + "): a fork, or the log was rewritten");
                continue;
            }
            if (latest == null || cp.size() >= latest.size()) latest = cp;
        }
        if (latest == null) return;
        for (Checkpoints.Stored stored : checkpoints) {
            if (stored.size() == 0 || stored.size() > latest.size() || !tree.rootAt(Math.min(stored.size(), tree.size())).equals(stored.root())) continue;
            try {
                tree.consistencyProof(stored.size(), latest.size()).verify(stored.root(), latest.root());
            } catch (VerificationException e) {
                problem("checkpoint #" + stored.id() + " is not consistent with the latest checkpoint: " + e.getMessage());
            }
        }
    }

    private long checkFiles(Connection c, EvidenceStore evidence) throws SQLException {
        long n = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT id, sha256 FROM evidence_item ORDER BY id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                n++;
                long id = r.getLong(1);
                String sha = r.getString(2);
                Path file = evidence.path(sha);
                String problem = evidence.check(sha);
                if (problem != null) problem("evidence_item " + id + ": " + file + ": " + problem);
            }
        }
        return n;
    }
}
