package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.yadman.ledger.Hash;
import org.yadman.ledger.WritableHashStore;

/**
 * The log's hash store in table {@code ledger_node}, read and written on one connection inside
 * its transaction. Writes are held until {@link #flush} and sent as one batch, so an append of
 * many leaves costs one round trip for its nodes; reads see the unflushed writes.
 */
public final class PgHashStore implements WritableHashStore {
    private final Connection connection;
    private final Map<Long, Hash> pending = new LinkedHashMap<>();

    public PgHashStore(Connection connection) {
        this.connection = connection;
    }

    private static long key(int level, long index) {
        if (level < 0 || level > 63) throw new IllegalArgumentException("level " + level + " outside [0, 63]");
        if (index < 0 || index >= (1L << 56)) throw new IllegalArgumentException("node index " + index + " out of range");
        return ((long) level << 56) | index;
    }

    @Override
    public Hash node(int level, long index) {
        Hash held = pending.get(key(level, index));
        if (held != null) return held;
        try (PreparedStatement s = connection.prepareStatement("SELECT hash FROM ledger_node WHERE level = ? AND idx = ?")) {
            s.setInt(1, level);
            s.setLong(2, index);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new NoSuchElementException("ledger_node has no hash at level " + level + ", index " + index);
                return Hash.of(r.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read ledger_node: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(int level, long index, Hash hash) {
        Hash before = pending.putIfAbsent(key(level, index), hash);
        if (before != null && !before.equals(hash)) {
            throw new IllegalStateException("node (" + level + ", " + index + ") already holds " + before.hex());
        }
    }

    /** Writes the held nodes; a node already stored with a different hash fails the transaction. */
    public void flush() throws SQLException {
        if (pending.isEmpty()) return;
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO ledger_node (level, idx, hash) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Hash> e : pending.entrySet()) {
                s.setInt(1, (int) (e.getKey() >>> 56));
                s.setLong(2, e.getKey() & ((1L << 56) - 1));
                s.setBytes(3, e.getValue().bytes());
                s.addBatch();
            }
            s.executeBatch();
        }
        pending.clear();
    }
}
