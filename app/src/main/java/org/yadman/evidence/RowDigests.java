package org.yadman.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.yadman.ledger.Hash;

/**
 * Computes a leaf from the rows it is about, inside the caller's transaction. The canonical form
 * of a row is the text PostgreSQL prints for the query of its {@link EventKind.Part} (to_jsonb or
 * a record of fixed columns) with TimeZone, DateStyle and extra_float_digits fixed; the rows of
 * a part are digested one per line, ordered by id, streamed so that a million-row import is never
 * held in memory.
 */
public final class RowDigests {
    private RowDigests() {}

    /** The leaf for {@code kind} about row {@code id}, from the rows as they are now. */
    public static LeafRecord leaf(Connection c, EventKind kind, long id) throws SQLException {
        return leaves(c, List.of(new EventLog.Event(kind, id))).get(0);
    }

    /** The leaves of several events, switching the session to UTC once for all of them. */
    static List<LeafRecord> leaves(Connection c, List<EventLog.Event> events) throws SQLException {
        String[] zone = setUtc(c);
        try {
            List<LeafRecord> out = new ArrayList<>(events.size());
            for (EventLog.Event e : events) {
                List<LeafRecord.Part> parts = new ArrayList<>();
                for (EventKind.Part p : e.kind().parts()) parts.add(new LeafRecord.Part(p.name(), compute(c, e.kind(), e.id(), p)));
                out.add(new LeafRecord(e.kind().code(), e.kind().table(), e.id(), parts));
            }
            return out;
        } finally {
            restore(c, zone);
        }
    }

    /** One row of a TREE part: its canonical text, its position among the part's rows, and its audit path to the part's root. */
    public record ProvenRow(long id, String text, int index, int size, List<Hash> path) {}

    /**
     * The rows with ids {@code ids} of the TREE part {@code partName} of the leaf for ({@code kind},
     * {@code targetId}), each with its audit path; rows not in the part are left out.
     */
    static List<ProvenRow> prove(Connection c, EventKind kind, long targetId, String partName, Set<Long> ids) throws SQLException {
        EventKind.Part part = kind.parts().stream().filter(p -> p.name().equals(partName) && p.shape() == EventKind.Shape.TREE).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.code() + " has no tree part " + partName));
        RowTree.Leaves leaves = new RowTree.Leaves();
        List<long[]> found = new ArrayList<>(); // id, index
        List<String> texts = new ArrayList<>();
        String[] zone = setUtc(c);
        try (PreparedStatement s = c.prepareStatement(part.sql())) {
            s.setFetchSize(1000);
            s.setLong(1, targetId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String text = r.getString(1);
                    long id = rowId(text);
                    if (ids.contains(id)) {
                        found.add(new long[] {id, leaves.size()});
                        texts.add(text);
                    }
                    leaves.add(RowTree.leafHash(text));
                }
            }
        } finally {
            restore(c, zone);
        }
        List<ProvenRow> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int index = (int) found.get(i)[1];
            out.add(new ProvenRow(found.get(i)[0], texts.get(i), index, leaves.size(), leaves.path(index)));
        }
        return out;
    }

    /** The id a TREE row's text starts with: {@code (123,...}. */
    static long rowId(String text) {
        int comma = text.indexOf(',');
        if (!text.startsWith("(") || comma < 2) throw new IllegalArgumentException("not a record text starting with an id: " + text);
        return Long.parseLong(text.substring(1, comma));
    }

    /** The canonical text of the rows a ONE_ROW or TREE part digests, one per line: what a bundle carries. */
    public static String canonicalText(Connection c, EventKind kind, long id, String partName) throws SQLException {
        EventKind.Part part = kind.parts().stream().filter(p -> p.name().equals(partName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.code() + " has no part " + partName));
        String[] zone = setUtc(c);
        StringBuilder text = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement(part.sql())) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) text.append(r.getString(1)).append('\n');
            }
        } finally {
            restore(c, zone);
        }
        return text.toString();
    }

    private static String compute(Connection c, EventKind kind, long id, EventKind.Part part) throws SQLException {
        if (part.shape() == EventKind.Shape.TREE) {
            RowTree tree = new RowTree();
            try (PreparedStatement s = c.prepareStatement(RowTree.leafHashesOf(part.sql()))) {
                s.setFetchSize(10_000);
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) tree.addLeafHash(Hash.of(r.getBytes(1), 0));
                }
            }
            return tree.root().hex();
        }
        MessageDigest sha = sha256();
        int rows = 0;
        String first = null;
        try (PreparedStatement s = c.prepareStatement(part.sql())) {
            s.setFetchSize(1000);
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String text = r.getString(1);
                    if (rows++ == 0) first = text;
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
            }
        }
        if (rows != 1) {
            throw new MissingRowException(kind.table() + " " + id + " is missing (" + rows + " rows found)");
        }
        if (part.shape() == EventKind.Shape.VALUE) return first;
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The logged row does not exist (any more). */
    public static final class MissingRowException extends RuntimeException {
        MissingRowException(String message) {
            super(message);
        }
    }

    /** Fixes the settings that change how values print; returns the previous ones. */
    private static String[] setUtc(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT current_setting('TimeZone'), current_setting('DateStyle'),"
                + " current_setting('extra_float_digits'), set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO', true),"
                + " set_config('extra_float_digits', '1', true)");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new String[] {r.getString(1), r.getString(2), r.getString(3)};
        }
    }

    private static void restore(Connection c, String[] before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT set_config('TimeZone', ?, true), set_config('DateStyle', ?, true), set_config('extra_float_digits', ?, true)")) {
            s.setString(1, before[0]);
            s.setString(2, before[1]);
            s.setString(3, before[2]);
            s.executeQuery().close();
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
