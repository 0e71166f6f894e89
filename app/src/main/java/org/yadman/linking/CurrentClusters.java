package org.yadman.linking;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The persons the registry holds now, as clusters of records: the record's id as in its source
 * file (record_key) and the id of the person it is linked to (the cluster id).
 */
public final class CurrentClusters {
    private CurrentClusters() {
    }

    /** Person id by record key, for the named sources (all when empty), in record order. */
    public static Map<String, String> byRecordKey(Jdbi jdbi, List<String> sources) {
        Map<String, String> clusters = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT r.record_key, l.person_id FROM source_record r
                JOIN source s ON s.id = r.source_id
                JOIN record_link l ON l.source_record_id = r.id AND l.superseded_at IS NULL
                WHERE cardinality(:sources) = 0 OR s.name = ANY(:sources)
                ORDER BY r.id
                """).bindArray("sources", String.class, sources)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(r -> clusters.put(r[0], r[1])));
        return clusters;
    }

    /** Writes {@code record_id,cluster_id} lines under that header. */
    public static void writeCsv(Map<String, String> clusters, Writer out) throws IOException {
        out.write("record_id,cluster_id\n");
        for (Map.Entry<String, String> e : clusters.entrySet()) {
            out.write(csv(e.getKey()) + "," + e.getValue() + "\n");
        }
    }

    private static String csv(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
