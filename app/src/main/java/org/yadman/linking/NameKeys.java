package org.yadman.linking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.names.NameDictionary;

/**
 * Phonetic keys of names, for search that tolerates spelling and script: "Husayn", "Hossein" and
 * «حسین» share a key, "Hassan" does not. A name's keys are the key of each of its words and of the
 * whole name (so "Mohammadreza" also matches "Mohammad Reza"); a query matches a person when every
 * word of the query has its key among the person's name keys, in any order.
 */
public final class NameKeys {
    /** Assertion fields whose keys are stored. */
    public static final List<String> FIELDS = List.of("given_name", "surname", "full_name");

    private NameKeys() {
    }

    /** The keys of one name as written; empty when it has no letters. */
    public static Set<String> of(String name) {
        Set<String> keys = new LinkedHashSet<>();
        if (name == null) return keys;
        String normal = PersianText.normalise(name);
        for (String word : normal.split(" ")) {
            add(keys, word);
        }
        add(keys, normal);
        return keys;
    }

    /** One key per word of a search query, in query order (duplicates kept out). */
    public static List<String> ofQuery(String query) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : PersianText.normalise(query).split(" ")) {
            add(keys, word);
        }
        return List.copyOf(keys);
    }

    private static void add(Set<String> keys, String text) {
        if (text.isBlank()) return;
        String key = NameDictionary.standard().resolve(text).key();
        if (!key.isEmpty()) keys.add(key);
    }

    /**
     * Writes the keys of name assertions that have none yet: those of one import batch, or of
     * every assertion when {@code importId} is null (the migration's backfill). Runs in the
     * caller's transaction.
     */
    public static long fill(Connection connection, Long importId) throws SQLException {
        String select = """
            SELECT a.id, a.value FROM assertion a
            WHERE a.field IN ('given_name', 'surname', 'full_name')
              AND NOT EXISTS (SELECT 1 FROM name_key k WHERE k.assertion_id = a.id)
            """ + (importId == null ? "" : " AND a.source_record_id IN (SELECT id FROM source_record WHERE import_id = ?)");
        long written = 0;
        try (PreparedStatement read = connection.prepareStatement(select);
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO name_key (assertion_id, key) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            if (importId != null) read.setLong(1, importId);
            read.setFetchSize(10_000);
            try (ResultSet rs = read.executeQuery()) {
                int batched = 0;
                while (rs.next()) {
                    for (String key : of(rs.getString(2))) {
                        insert.setLong(1, rs.getLong(1));
                        insert.setString(2, key);
                        insert.addBatch();
                        written++;
                        if (++batched == 5_000) {
                            insert.executeBatch();
                            batched = 0;
                        }
                    }
                }
                if (batched > 0) insert.executeBatch();
            }
        }
        return written;
    }
}
