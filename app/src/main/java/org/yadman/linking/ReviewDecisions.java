package org.yadman.linking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.Audit;
import org.yadman.linkage.LinkageModel;
import org.yadman.linkage.Linker;
import org.yadman.linkage.Record;
import org.yadman.linkage.ScoredPair;
import org.yadman.linkage.compare.PersonLinkage;

/**
 * A reviewer's decision on a pair, applied at once and kept with who and when: accepting merges
 * the two records' persons (the smaller id survives), rejecting splits them when they are one,
 * skipping changes no link. Every decision stores the links it replaced, so undoing it supersedes
 * the links again with the previous persons. Decision, links and audit record commit together.
 */
public final class ReviewDecisions {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Decision {
        ACCEPTED, REJECTED, SKIPPED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Thrown for a pair or decision that does not exist or cannot be undone. */
    public static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public ReviewDecisions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Applies a decision; returns the decision's id. */
    public long decide(long pairId, Decision decision, long userId) {
        return jdbi.inTransaction(h -> {
            var pair = h.createQuery("SELECT left_record_id, right_record_id, status FROM review_pair WHERE id = :id FOR UPDATE")
                    .bind("id", pairId).mapToMap().findOne().orElseThrow(() -> new NotFound("no review pair " + pairId));
            long left = ((Number) pair.get("left_record_id")).longValue();
            long right = ((Number) pair.get("right_record_id")).longValue();
            long leftPerson = personOf(h, left);
            long rightPerson = personOf(h, right);
            List<Relinking.Change> changes = List.of();
            if (decision == Decision.ACCEPTED && leftPerson != rightPerson) {
                long keep = Math.min(leftPerson, rightPerson);
                long gone = Math.max(leftPerson, rightPerson);
                changes = new ArrayList<>();
                for (LinkInputs.Input in : LinkInputs.ofPerson(h, gone)) {
                    changes.add(new Relinking.Change(in.id(), gone, keep, null));
                }
            } else if (decision == Decision.REJECTED && leftPerson == rightPerson) {
                changes = split(h, leftPerson, left, right);
            }
            Instant now = clock.instant();
            String previous = previousLinks(h, changes);
            Relinking.write(h, changes, new Relinking.Decider("reviewer", userId, null), now);
            h.createUpdate("UPDATE review_pair SET status = :s, decided_by = :u, decided_at = :at WHERE id = :id")
                    .bind("s", decision.code()).bind("u", userId).bind("at", java.sql.Timestamp.from(now)).bind("id", pairId).execute();
            long id = h.createUpdate("""
                    INSERT INTO review_decision (review_pair_id, decision, previous_status, previous_links, decided_by, decided_at)
                    VALUES (:pair, :decision, :previous, :links::jsonb, :user, :at)""")
                    .bind("pair", pairId).bind("decision", decision.code()).bind("previous", (String) pair.get("status"))
                    .bind("links", previous).bind("user", userId).bind("at", java.sql.Timestamp.from(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Audit.record(h, now, userId, "review." + decision.code(), "review_pair", pairId,
                    "decision " + id + ", " + changes.size() + " link(s) changed");
            return id;
        });
    }

    /** Undoes a decision: its records go back to the persons they had before it, the pair to its former status. */
    public void undo(long decisionId, long userId) {
        jdbi.useTransaction(h -> {
            var d = h.createQuery("""
                    SELECT review_pair_id, previous_status, previous_links::text AS links FROM review_decision
                    WHERE id = :id AND undone_at IS NULL FOR UPDATE""").bind("id", decisionId).mapToMap().findOne()
                    .orElseThrow(() -> new NotFound("no decision " + decisionId + " to undo"));
            long pairId = ((Number) d.get("review_pair_id")).longValue();
            List<Relinking.Change> changes = new ArrayList<>();
            try {
                for (JsonNode link : JSON.readTree((String) d.get("links"))) {
                    long record = link.get("record").asLong();
                    long now = personOf(h, record);
                    long before = link.get("person").asLong();
                    Double probability = link.get("probability").isNull() ? null : link.get("probability").asDouble();
                    if (now != before) changes.add(new Relinking.Change(record, now, before, probability));
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("decision " + decisionId + " has unreadable previous links", e);
            }
            Instant now = clock.instant();
            Relinking.write(h, changes, new Relinking.Decider("reviewer", userId, null), now);
            var earlier = h.createQuery("""
                    SELECT decided_by, decided_at FROM review_decision
                    WHERE review_pair_id = :pair AND id < :id AND undone_at IS NULL ORDER BY id DESC LIMIT 1""")
                    .bind("pair", pairId).bind("id", decisionId).mapToMap().findOne();
            String status = (String) d.get("previous_status");
            h.createUpdate("UPDATE review_pair SET status = :s, decided_by = :u, decided_at = :at WHERE id = :id")
                    .bind("s", status).bind("u", earlier.map(e -> e.get("decided_by")).orElse(null))
                    .bind("at", earlier.map(e -> e.get("decided_at")).orElse(null)).bind("id", pairId).execute();
            h.createUpdate("UPDATE review_decision SET undone_at = :at, undone_by = :u WHERE id = :id")
                    .bind("at", java.sql.Timestamp.from(now)).bind("u", userId).bind("id", decisionId).execute();
            Audit.record(h, now, userId, "review.undo", "review_pair", pairId,
                    "decision " + decisionId + ", " + changes.size() + " link(s) restored");
        });
    }

    /** The latest decision not yet undone, if any. */
    public Optional<Long> latestUndoable() {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(id) FROM review_decision WHERE undone_at IS NULL")
                .mapTo(Long.class).findOne());
    }

    private static long personOf(Handle h, long record) {
        return h.createQuery("SELECT person_id FROM record_link WHERE source_record_id = :r AND superseded_at IS NULL")
                .bind("r", record).mapTo(Long.class).one();
    }

    /**
     * Splits one person so that two records end apart: the person's records are regrouped from
     * the pairs the latest run's model scores among them, keeping every rejected pair apart, every
     * accepted pair together and, as that run did, no two records of a source it was told is
     * duplicate-free in one part. With no model yet, the pair's right record leaves alone.
     */
    private static List<Relinking.Change> split(Handle h, long person, long left, long right) {
        List<LinkInputs.Input> inputs = LinkInputs.ofPerson(h, person);
        Set<String> members = new HashSet<>();
        Map<Long, Long> current = new HashMap<>();
        for (LinkInputs.Input in : inputs) {
            members.add(Long.toString(in.id()));
            current.put(in.id(), in.personId());
        }
        Optional<LatestRun> latest = h.createQuery("""
                SELECT model::text, duplicate_free_sources::text FROM link_run ORDER BY id DESC LIMIT 1""")
                .map((rs, ctx) -> new LatestRun(rs.getString(1), readNames(rs.getString(2)))).findOne();
        Set<String> duplicateFree = latest.map(LatestRun::duplicateFreeSources).orElse(Set.of());
        List<ScoredPair> scored = new ArrayList<>();
        if (latest.isPresent() && inputs.size() > 2) {
            List<Record> records = inputs.stream().map(LinkInputs.Input::record).toList();
            scored = new Linker(PersonLinkage.settings(duplicateFree.toArray(String[]::new)), records)
                    .predict(LinkageModel.fromJson(latest.get().model()));
        }
        LinkRun.Decisions decisions = LinkRun.Decisions.load(h, inputs);
        List<DecidedClusters.Pair> rejected = new ArrayList<>(decisions.rejected());
        rejected.add(new DecidedClusters.Pair(Long.toString(left), Long.toString(right)));
        var parts = DecidedClusters.split(members, scored, List.copyOf(decisions.accepted()), rejected,
                LinkRun.duplicateFreeSourceOf(inputs, duplicateFree));
        List<List<Long>> groups = parts.stream().map(g -> g.stream().map(Long::parseLong).toList()).toList();
        return Relinking.plan(h, groups, current, Map.of());
    }

    /** The model and the duplicate-free sources of the latest link run. */
    private record LatestRun(String model, Set<String> duplicateFreeSources) {
    }

    private static Set<String> readNames(String jsonArray) {
        try {
            Set<String> names = new HashSet<>();
            for (JsonNode name : JSON.readTree(jsonArray)) names.add(name.asText());
            return names;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("link_run.duplicate_free_sources is not a JSON array: " + jsonArray, e);
        }
    }

    private static String previousLinks(Handle h, List<Relinking.Change> changes) {
        ArrayNode links = JSON.createArrayNode();
        for (Relinking.Change c : changes) {
            var link = h.createQuery("""
                    SELECT person_id, probability FROM record_link WHERE source_record_id = :r AND superseded_at IS NULL""")
                    .bind("r", c.recordId()).mapToMap().one();
            var node = links.addObject().put("record", c.recordId()).put("person", ((Number) link.get("person_id")).longValue());
            if (link.get("probability") == null) node.putNull("probability");
            else node.put("probability", ((Number) link.get("probability")).doubleValue());
        }
        return links.toString();
    }
}
