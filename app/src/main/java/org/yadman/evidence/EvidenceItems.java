package org.yadman.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Evidence items and their custody: each write is one transaction that adds the rows and their
 * log leaves together. The file goes into the {@link EvidenceStore} first; if the transaction
 * then fails, the stored file is an unreferenced, content-addressed copy and harms nothing.
 */
public final class EvidenceItems {
    private final DataSource ds;
    private final EvidenceStore store;

    public EvidenceItems(DataSource ds, EvidenceStore store) {
        this.ds = ds;
        this.store = store;
    }

    /** One item as listed. */
    public record Item(long id, String sha256, long size, String originalName, String source, Long derivedFrom, Instant addedAt) {}

    /** One custody event. */
    public record Custody(long id, long evidenceId, String action, String actor, Instant at, String detail) {}

    /** Receives an evidentiary copy; logs the item and a "received" custody event. */
    public long receive(InputStream content, String originalName, String sourceName, String note, String actor, Instant at)
            throws IOException, SQLException {
        EvidenceStore.Stored stored = store.put(content);
        return inTransaction(c -> {
            long source = sourceId(c, sourceName);
            long id = insertItem(c, stored, originalName, source, note, null, null, actor, at);
            long custody = insertCustody(c, id, "received", actor, at, null);
            EventLog.appendAll(c, List.of(new EventLog.Event(EventKind.EVIDENCE_ADDED, id), new EventLog.Event(EventKind.CUSTODY, custody)));
            return id;
        });
    }

    /**
     * Adds a working copy derived from item {@code fromId} (a transcode, a redaction...): a new item
     * pointing at the original, which itself stays untouched; logs a "copied" event on the original.
     */
    public long deriveWorkingCopy(long fromId, InputStream content, String derivation, String actor, Instant at)
            throws IOException, SQLException {
        EvidenceStore.Stored stored = store.put(content);
        return inTransaction(c -> {
            Item original = item(c, fromId);
            long source;
            try (PreparedStatement s = c.prepareStatement("SELECT source_id FROM evidence_item WHERE id = ?")) {
                s.setLong(1, fromId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    source = r.getLong(1);
                }
            }
            long id = insertItem(c, stored, original.originalName(), source, null, fromId, derivation, actor, at);
            long custody = insertCustody(c, fromId, "copied", actor, at, "working copy evidence_item " + id + ": " + derivation);
            EventLog.appendAll(c, List.of(new EventLog.Event(EventKind.EVIDENCE_ADDED, id), new EventLog.Event(EventKind.CUSTODY, custody)));
            return id;
        });
    }

    /** Records viewed / exported / transferred (or another custody action) and logs it. */
    public long recordCustody(long evidenceId, String action, String actor, Instant at, String detail) throws SQLException {
        return inTransaction(c -> {
            item(c, evidenceId);
            long id = insertCustody(c, evidenceId, action, actor, at, detail);
            EventLog.append(c, EventKind.CUSTODY, id);
            return id;
        });
    }

    public List<Item> list() throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT e.id, e.sha256, e.byte_size, e.original_name, s.name, e.derived_from, e.added_at"
                        + " FROM evidence_item e JOIN source s ON s.id = e.source_id ORDER BY e.id");
             ResultSet r = s.executeQuery()) {
            List<Item> out = new ArrayList<>();
            while (r.next()) out.add(readItem(r));
            return out;
        }
    }

    public Item item(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.sha256, e.byte_size, e.original_name, s.name, e.derived_from, e.added_at"
                + " FROM evidence_item e JOIN source s ON s.id = e.source_id WHERE e.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new IllegalArgumentException("no evidence item " + id);
                return readItem(r);
            }
        }
    }

    public static List<Custody> custody(Connection c, long evidenceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, evidence_id, action, actor, at, detail FROM custody_event WHERE evidence_id = ? ORDER BY id")) {
            s.setLong(1, evidenceId);
            try (ResultSet r = s.executeQuery()) {
                List<Custody> out = new ArrayList<>();
                while (r.next()) out.add(new Custody(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant(), r.getString(6)));
                return out;
            }
        }
    }

    private static Item readItem(ResultSet r) throws SQLException {
        long derived = r.getLong(6);
        return new Item(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5), r.wasNull() ? null : derived,
                r.getTimestamp(7).toInstant());
    }

    private static long sourceId(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO source (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
            s.setString(1, name);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM source WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long insertItem(Connection c, EvidenceStore.Stored stored, String name, long source, String note, Long derivedFrom,
            String derivation, String actor, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO evidence_item (sha256, byte_size, original_name, source_id, note,"
                + " derived_from, derivation, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, stored.sha256());
            s.setLong(2, stored.size());
            s.setString(3, name);
            s.setLong(4, source);
            s.setString(5, note);
            s.setObject(6, derivedFrom);
            s.setString(7, derivation);
            s.setString(8, actor);
            s.setTimestamp(9, Timestamp.from(at));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long insertCustody(Connection c, long evidenceId, String action, String actor, Instant at, String detail)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO custody_event (evidence_id, action, actor, at, detail) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            s.setLong(1, evidenceId);
            s.setString(2, action);
            s.setString(3, actor);
            s.setTimestamp(4, Timestamp.from(at));
            s.setString(5, detail);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
