package org.yadman.linking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;

/**
 * Turns groups of records into persons and writes the links that changed. Person ids stay
 * stable: a group keeps the smallest current person id among its records that no earlier group
 * took (groups taken in order of their smallest person id); a group left with none gets a new
 * person (a split). A record whose person changes has its current link superseded and a new
 * one inserted; nothing is overwritten.
 */
final class Relinking {

    /** A record's link before and after. */
    record Change(long recordId, long fromPerson, long toPerson, Double probability) {
    }

    /** Who decides the new links: 'model' with a run, or 'reviewer' with a user. */
    record Decider(String kind, Long userId, Long linkRunId) {
    }

    private Relinking() {
    }

    /**
     * @param groups record ids per person-to-be
     * @param currentPerson the current person of every record in the groups
     * @param probability the probability to store with a record's new link (may be absent)
     */
    static List<Change> plan(Handle h, List<List<Long>> groups, Map<Long, Long> currentPerson, Map<Long, Double> probability) {
        List<List<Long>> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.comparingLong(g -> g.stream().mapToLong(currentPerson::get).min().orElse(Long.MAX_VALUE)));
        Set<Long> taken = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (List<Long> group : ordered) {
            Long keep = group.stream().map(currentPerson::get).filter(p -> !taken.contains(p)).min(Long::compare).orElse(null);
            if (keep == null) {
                keep = h.createQuery("INSERT INTO person DEFAULT VALUES RETURNING id").mapTo(Long.class).one();
            }
            taken.add(keep);
            for (long record : group) {
                long from = currentPerson.get(record);
                if (from != keep) changes.add(new Change(record, from, keep, probability.get(record)));
            }
        }
        return changes;
    }

    /**
     * Supersedes the current link of each changed record and inserts its new one, each new link a
     * leaf of the evidence log in the same transaction (a link decided is an evidentiary event).
     */
    static void write(Handle h, List<Change> changes, Decider decider, Instant at) {
        Timestamp now = Timestamp.from(at);
        PreparedBatch supersede = h.prepareBatch(
                "UPDATE record_link SET superseded_at = :at WHERE source_record_id = :record AND superseded_at IS NULL");
        PreparedBatch insert = h.prepareBatch("""
                INSERT INTO record_link (source_record_id, person_id, probability, decided_by, decided_by_user, decided_at, link_run_id)
                VALUES (:record, :person, :probability, :kind, :user, :at, :run)
                """);
        for (Change c : changes) {
            supersede.bind("at", now).bind("record", c.recordId()).add();
            insert.bind("record", c.recordId()).bind("person", c.toPerson()).bind("probability", c.probability())
                    .bind("kind", decider.kind()).bind("user", decider.userId()).bind("at", now)
                    .bind("run", decider.linkRunId()).add();
        }
        if (!changes.isEmpty()) {
            supersede.execute();
            List<Long> newLinks = insert.executePreparedBatch("id").mapTo(Long.class).list();
            EventLog.appendAll(h, newLinks.stream().map(id -> new EventLog.Event(EventKind.LINK_DECIDED, id)).toList());
        }
    }
}
