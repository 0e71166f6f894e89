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
     * Writes the keys of name assertions that have none yet (imported records carry theirs in
     * source_record.name_keys). Runs in the caller's transaction. Names repeat, so keys are
     * computed once per distinct name and joined to the assertions in SQL.
     */
    public static long fill(Connection connection) throws SQLException {
        String scope = """
            a.field IN ('given_name', 'surname', 'full_name')
            AND NOT EXISTS (SELECT 1 FROM name_key k WHERE k.assertion_id = a.id)
            """;
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE name_key_value (value text NOT NULL, key text NOT NULL) ON COMMIT DROP");
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT DISTINCT a.value FROM assertion a WHERE " + scope);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO name_key_value (value, key) VALUES (?, ?)")) {
            List<String> values = new ArrayList<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) values.add(rs.getString(1));
            }
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
        long written;
        try (PreparedStatement join = connection.prepareStatement(
                "INSERT INTO name_key (assertion_id, key) SELECT a.id, v.key FROM assertion a"
                + " JOIN name_key_value v ON v.value = a.value WHERE " + scope + " ON CONFLICT DO NOTHING")) {
            written = join.executeUpdate();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE name_key_value");
        }
        return written;
    }
}
