package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.MerkleTree;

/**
 * Appends evidentiary events to the transparency log inside the caller's transaction, so that
 * an event's rows and its leaf commit together or not at all.
 *
 * <p>Who must call it (docs/evidence-log.md): the importer (done, {@link EventKind#IMPORT}); the
 * evidence store ({@link EventKind#EVIDENCE_ADDED}, {@link EventKind#CUSTODY}, done); any code
 * that inserts an assertion ({@link EventKind#ASSERTION_ADDED}) or retracts one
 * ({@link EventKind#ASSERTION_RETRACTED}), inserts a record_link ({@link EventKind#LINK_DECIDED}),
 * or publishes / withdraws a person ({@link EventKind#PUBLISHED}, {@link EventKind#WITHDRAWN}):
 * call {@code EventLog.append(handle, kind, id)} after the row is written, before commit.
 *
 * <p>Design note: the head row is locked {@code FOR UPDATE}, so a second transaction's append
 * waits until the first commits or rolls back, and then reads the size the first left. The tree
 * is reopened from {@code ledger_node} on each call (O(log n) reads), never cached in memory, so a
 * rolled-back transaction can leave nothing behind.
 */
public final class EventLog {
    private EventLog() {}

    /** One event: what happened to which row. */
    public record Event(EventKind kind, long id) {}

    /** Appends one event; returns its leaf index. The connection must be in a transaction. */
    public static long append(Connection c, EventKind kind, long id) throws SQLException {
        return appendAll(c, List.of(new Event(kind, id))).get(0);
    }

    /** {@link #append(Connection, EventKind, long)} on a Jdbi handle, which must be in a transaction. */
    public static long append(Handle handle, EventKind kind, long id) {
        if (!handle.isInTransaction()) throw new IllegalStateException("EventLog.append must run inside the caller's transaction");
        try {
            return append(handle.getConnection(), kind, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the log: " + e.getMessage(), e);
        }
    }

    /** {@link #appendAll(Connection, List)} on a Jdbi handle, which must be in a transaction. */
    public static List<Long> appendAll(Handle handle, List<Event> events) {
        if (!handle.isInTransaction()) throw new IllegalStateException("EventLog.appendAll must run inside the caller's transaction");
        try {
            return appendAll(handle.getConnection(), events);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the log: " + e.getMessage(), e);
        }
    }

    /** Appends several events in order, in one round of writes; returns their leaf indices. */
    public static List<Long> appendAll(Connection c, List<Event> events) throws SQLException {
        if (c.getAutoCommit()) throw new IllegalStateException("EventLog.append must run inside the caller's transaction");
        long size;
        try (PreparedStatement s = c.prepareStatement("SELECT size FROM ledger_head FOR UPDATE");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) throw new IllegalStateException("ledger_head row is missing");
            size = r.getLong(1);
        }
        PgHashStore store = new PgHashStore(c);
        MerkleTree tree = Ledger.openTree(store, size);
        List<Long> indices = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_entry (idx, leaf, leaf_hash, kind, target_table, target_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            List<LeafRecord> leaves = RowDigests.leaves(c, events);
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                byte[] leaf = leaves.get(i).bytes();
                long index = tree.append(leaf);
                s.setLong(1, index);
                s.setBytes(2, leaf);
                s.setBytes(3, Ledger.leafHash(leaf).bytes());
                s.setString(4, e.kind().code());
                s.setString(5, e.kind().table());
                s.setLong(6, e.id());
                s.addBatch();
                indices.add(index);
            }
            s.executeBatch();
        }
        store.flush();
        try (PreparedStatement s = c.prepareStatement("UPDATE ledger_head SET size = ?")) {
            s.setLong(1, tree.size());
            s.executeUpdate();
        }
        return indices;
    }
}
