package org.yadman.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.linkage.compare.PersonFields;

/** What the review page reads: the next pair with both records' fields, and recent decisions. */
public final class ReviewQueue {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The linkage fields shown side by side, in this order. */
    public static final List<String> FIELDS = List.of(PersonFields.FULL_NAME, PersonFields.GIVEN_NAME, PersonFields.SURNAME,
            PersonFields.FATHER_NAME, PersonFields.BIRTH, PersonFields.AGE, PersonFields.DEATH, PersonFields.CITY,
            PersonFields.PRISON, PersonFields.NOTES);

    /** One side of a pair: where the record comes from, its person now, its fields. */
    public record Side(long recordId, String source, String recordKey, long personId, org.yadman.linkage.Record fields,
                       java.util.Map<String, String> asWritten) {
        public String field(String name) {
            String v = fields.field(name);
            return v == null ? "" : v;
        }
    }

    /** One comparison's contribution. */
    public record Weight(String comparison, String level, double weight) {}

    public record Pair(long id, double probability, double matchWeight, String status, Side left, Side right,
                       List<Weight> weights, long open) {
        public boolean together() {
            return left.personId() == right.personId();
        }
    }

    public record DecisionRow(long id, long pairId, String decision, String user, Instant at, boolean undone) {}

    private final Jdbi jdbi;

    public ReviewQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The given pair, or the next to review: open pairs strongest first, then skipped ones. */
    public Optional<Pair> pair(Long id) {
        return jdbi.withHandle(h -> {
            Optional<java.util.Map<String, Object>> row = h.createQuery("""
                    SELECT id, left_record_id, right_record_id, probability, match_weight, status, weights::text AS weights
                    FROM review_pair WHERE (CAST(:id AS bigint) IS NULL AND status IN ('open', 'skipped')) OR id = :id
                    ORDER BY status = 'skipped', probability DESC, id LIMIT 1""").bind("id", id).mapToMap().findOne();
            if (row.isEmpty()) return Optional.empty();
            var r = row.get();
            long open = h.createQuery("SELECT count(*) FROM review_pair WHERE status IN ('open', 'skipped')").mapTo(Long.class).one();
            return Optional.of(new Pair(((Number) r.get("id")).longValue(), (Double) r.get("probability"),
                    (Double) r.get("match_weight"), (String) r.get("status"),
                    side(h, ((Number) r.get("left_record_id")).longValue()), side(h, ((Number) r.get("right_record_id")).longValue()),
                    weights((String) r.get("weights")), open));
        });
    }

    public List<DecisionRow> recentDecisions(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT d.id, d.review_pair_id, d.decision, u.name, d.decided_at, d.undone_at IS NOT NULL AS undone
                FROM review_decision d JOIN app_user u ON u.id = d.decided_by ORDER BY d.id DESC LIMIT :limit""")
                .bind("limit", limit).map((rs, ctx) -> new DecisionRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6))).list());
    }

    private static Side side(Handle h, long recordId) {
        var in = h.createQuery("SELECT s.name FROM source_record r JOIN source s ON s.id = r.source_id WHERE r.id = :id")
                .bind("id", recordId).mapTo(String.class).one();
        var person = h.createQuery("SELECT person_id FROM record_link WHERE source_record_id = :id AND superseded_at IS NULL")
                .bind("id", recordId).mapTo(Long.class).one();
        LinkInputs.Input input = LinkInputs.ofPerson(h, person).stream().filter(i -> i.id() == recordId).findFirst().orElseThrow();
        String raw = h.createQuery("SELECT raw::text FROM source_record WHERE id = :id").bind("id", recordId).mapTo(String.class).one();
        java.util.Map<String, String> asWritten = new java.util.LinkedHashMap<>();
        try {
            JSON.readTree(raw).fields().forEachRemaining(e -> asWritten.put(e.getKey(), e.getValue().asText()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("source record " + recordId + " has unreadable raw fields", e);
        }
        return new Side(recordId, in, input.recordKey(), person, input.record(), asWritten);
    }

    private static List<Weight> weights(String json) {
        List<Weight> weights = new ArrayList<>();
        try {
            for (JsonNode w : JSON.readTree(json)) {
                weights.add(new Weight(w.get("comparison").asText(), w.get("level").isNull() ? null : w.get("level").asText(),
                        w.get("weight").asDouble()));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable weights", e);
        }
        return weights;
    }

    /** A decimal with two or three places in the language's digits ("0.734", «۰٫۷۳۴»). */
    public static String decimal(org.yadman.web.Lang lang, double value, int places) {
        String ascii = String.format(java.util.Locale.ROOT, "%+." + places + "f", value);
        if (value >= 0 && places == 3) ascii = ascii.substring(1);
        if (lang == org.yadman.web.Lang.EN) return ascii;
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            if (c >= '0' && c <= '9') out.append((char) ('\u06F0' + (c - '0')));
            else if (c == '.') out.append('\u066B');
            else if (c == '-') out.append('\u2212');
            else out.append(c);
        }
        return out.toString();
    }
}
