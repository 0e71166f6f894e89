package org.yadman.linking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.yadman.linkage.LinkageModel;
import org.yadman.linkage.LinkageSettings;
import org.yadman.linkage.Record;
import org.yadman.linkage.ScoredPair;
import org.yadman.linkage.compare.Comparison;

/**
 * Stores the review band of a run: each doubtful pair with the level and weight of every
 * comparison. Decided pairs keep their decision; open pairs that left the band and were never
 * decided are removed.
 */
final class ReviewPairs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewPairs() {
    }

    static void store(Handle h, long runId, List<ScoredPair> review, LinkageSettings settings, LinkageModel model,
                      Map<String, Record> records, List<Long> scope) {
        PreparedBatch upsert = h.prepareBatch("""
                INSERT INTO review_pair (left_record_id, right_record_id, probability, match_weight, weights, link_run_id)
                VALUES (:left, :right, :probability, :weight, :weights::jsonb, :run)
                ON CONFLICT (left_record_id, right_record_id) DO UPDATE
                SET probability = excluded.probability, match_weight = excluded.match_weight,
                    weights = excluded.weights, link_run_id = excluded.link_run_id
                """);
        for (ScoredPair p : review) {
            long a = Long.parseLong(p.leftId());
            long b = Long.parseLong(p.rightId());
            upsert.bind("left", Math.min(a, b)).bind("right", Math.max(a, b)).bind("probability", p.probability())
                    .bind("weight", p.matchWeight())
                    .bind("weights", weights(settings, model, records.get(p.leftId()), records.get(p.rightId())))
                    .bind("run", runId).add();
        }
        if (!review.isEmpty()) upsert.execute();
        h.createUpdate("""
                DELETE FROM review_pair p
                WHERE p.status IN ('open', 'skipped') AND p.link_run_id IS DISTINCT FROM :run
                  AND p.left_record_id = ANY(:scope) AND p.right_record_id = ANY(:scope)
                  AND NOT EXISTS (SELECT 1 FROM review_decision d WHERE d.review_pair_id = p.id)
                """).bind("run", runId).bindArray("scope", Long.class, scope).execute();
    }

    /**
     * Level and weight (log2 m/u of the level, before any term-frequency adjustment) of each
     * comparison, in the model's order; a comparison with a missing value has level null and weight 0.
     */
    static String weights(LinkageSettings settings, LinkageModel model, Record left, Record right) {
        ArrayNode all = JSON.createArrayNode();
        List<Comparison> comparisons = settings.comparisons();
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            Object a = comparison.prepare(left);
            Object b = comparison.prepare(right);
            int level = a == null || b == null ? Comparison.NULL_LEVEL : comparison.level(a, b);
            var node = all.addObject().put("comparison", comparison.name());
            if (level < 0) node.putNull("level"); else node.put("level", comparison.levels().get(level));
            node.put("weight", model.weight(c, level));
        }
        return all.toString();
    }
}
