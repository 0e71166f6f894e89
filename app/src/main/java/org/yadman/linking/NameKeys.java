package org.yadman.linking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.names.NameDictionary;

/**
 * Phonetic keys of names, for search that tolerates spelling and script: "Husayn", "Hossein" and
 * «حسین» share a key, "Hassan" does not. A name's keys are the key of each of its words, of each
 * two adjacent words and of the whole name. A compound's key does not depend on how it is written
 * ("Gholamreza", "Gholam Reza", «غلام‌رضا», «غلامرضا» and «غلام رضا» all resolve to one key), so a
 * compound written as two words is found by its key as one. A query is read every way its words
 * can be grouped into single words and adjacent pairs; it matches a person when, for one reading,
 * every group has its key among the person's name keys, in any order.
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
        String[] words = normal.split(" ");
        for (int i = 0; i < words.length; i++) {
            add(keys, words[i]);
            if (i + 1 < words.length) add(keys, words[i] + " " + words[i + 1]);
        }
        add(keys, normal);
        return keys;
    }

    /** Most words of a query read in every grouping; the rest are read one by one (2^n readings bound). */
    static final int MAX_GROUPED_WORDS = 8;

    /**
     * The readings of a search query: for each way of grouping its words into single words and
     * adjacent pairs, the keys of the groups (duplicates kept out). "Gholam Reza Karimi" reads as
     * [Gholam, Reza, Karimi] and [Gholam Reza, Karimi] (and [Gholam, Reza Karimi]); a query with
     * no letters has none.
     */
    public static List<List<String>> readingsOfQuery(String query) {
        List<String> words = new ArrayList<>();
        for (String word : PersianText.normalise(query).split(" ")) {
            if (!key(word).isEmpty()) words.add(word);
        }
        if (words.isEmpty()) return List.of();
        Set<List<String>> readings = new LinkedHashSet<>();
        group(words, Math.min(words.size(), MAX_GROUPED_WORDS), 0, new ArrayList<>(), readings);
        return List.copyOf(readings);
    }

    private static void group(List<String> words, int groupedWords, int from, List<String> groups, Set<List<String>> readings) {
        if (from == words.size()) {
            Set<String> keys = new LinkedHashSet<>();
            for (String g : groups) keys.add(key(g));
            readings.add(List.copyOf(keys));
            return;
        }
        groups.add(words.get(from));
        group(words, groupedWords, from + 1, groups, readings);
        groups.remove(groups.size() - 1);
        if (from + 1 < groupedWords) {
            groups.add(words.get(from) + " " + words.get(from + 1));
            group(words, groupedWords, from + 2, groups, readings);
            groups.remove(groups.size() - 1);
        }
    }

    private static String key(String text) {
        return text.isBlank() ? "" : NameDictionary.standard().resolve(text).key();
    }

    private static void add(Set<String> keys, String text) {
        String key = key(text);
        if (!key.isEmpty()) keys.add(key);
    }

    /**
     * Writes the keys of name assertions that have none yet (imported records carry theirs in
     * source_record.name_keys). Runs in the caller's transaction.
     */
    public static long fill(Connection connection) throws SQLException {
        String scope = """
            a.field IN ('given_name', 'surname', 'full_name')
            AND NOT EXISTS (SELECT 1 FROM name_key k WHERE k.assertion_id = a.id)
            """;
        keysOfValues(connection, "SELECT DISTINCT a.value FROM assertion a WHERE " + scope);
        try (Statement s = connection.createStatement()) {
            long written = s.executeUpdate("INSERT INTO name_key (assertion_id, key) SELECT a.id, v.key FROM assertion a"
                    + " JOIN name_key_value v ON v.value = a.value WHERE " + scope + " ON CONFLICT DO NOTHING");
            s.execute("DROP TABLE name_key_value");
            return written;
        }
    }

    /**
     * Computes {@code source_record.name_keys} again for every record that has facts (V13), from
     * its name facts, in the caller's transaction: for a migration that changes what a key is.
     */
    public static long refillRecords(Connection connection) throws SQLException {
        keysOfValues(connection, "SELECT DISTINCT f->>1 FROM source_record r, jsonb_array_elements(r.facts) f"
                + " WHERE f->>0 IN ('given_name', 'surname', 'full_name')");
        try (Statement s = connection.createStatement()) {
            long updated = s.executeUpdate("""
                UPDATE source_record r SET name_keys = coalesce((SELECT array_agg(DISTINCT v.key)
                    FROM jsonb_array_elements(r.facts) f JOIN name_key_value v ON v.value = f->>1
                    WHERE f->>0 IN ('given_name', 'surname', 'full_name')), '{}')
                WHERE r.facts IS NOT NULL""");
            s.execute("DROP TABLE name_key_value");
            return updated;
        }
    }

    /**
     * Fills the temporary table name_key_value (value, key) with the keys of the distinct names
     * {@code distinctValues} selects: names repeat over many rows, so each is keyed once in Java
     * and joined to its rows in SQL. The caller drops the table.
     */
    private static void keysOfValues(Connection connection, String distinctValues) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE name_key_value (value text NOT NULL, key text NOT NULL) ON COMMIT DROP");
        }
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(distinctValues)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO name_key_value (value, key) VALUES (?, ?)")) {
            int batched = 0;
            for (String value : values) {
                for (String key : of(value)) {
                    insert.setString(1, value);
                    insert.setString(2, key);
                    insert.addBatch();
                    if (++batched == 5_000) {
                        insert.executeBatch();
                        batched = 0;
                    }
                }
            }
            if (batched > 0) insert.executeBatch();
        }
    }
}
