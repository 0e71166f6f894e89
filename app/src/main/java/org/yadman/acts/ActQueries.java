package org.yadman.acts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.yadman.web.Lang;

/** Reads acts with their victims, perpetrators, sources and facts, for the workspace and case files. */
public final class ActQueries {
    public record Party(long personId, String name, String role, String involvement) {}

    public record Act(long id, String type, String dateText, LocalDate earliest, LocalDate latest, Long placeId, String placeName,
                      String description, List<Party> victims, List<Party> perpetrators, List<SourceRef> sources) {}

    public record FactRow(long assertionId, String field, String value, SourceRef source, Integer credibility, String recordedBy,
                          Instant recordedAt, Instant retractedAt, String retractionReason) {}

    public record Evidence(long id, String sha256, long size, String originalName, long sourceId, boolean sourceProtected, Instant addedAt) {}

    private ActQueries() {}

    /** Acts whose ids {@code condition} selects (a fixed SQL condition on act a, with named binds), by date then id. */
    static List<Long> ids(Handle h, String condition, Map<String, Object> binds) {
        var q = h.createQuery("SELECT a.id FROM act_standing a WHERE " + condition + " ORDER BY a.date_earliest NULLS LAST, a.id");
        binds.forEach(q::bind);
        return q.mapTo(Long.class).list();
    }

    public static List<Long> all(Handle h) {
        return ids(h, "true", Map.of());
    }

    public static List<Long> ofVictim(Handle h, long personId) {
        return ids(h, "a.id IN (SELECT act_id FROM act_victim WHERE person_id = :p)", Map.of("p", personId));
    }

    public static List<Long> ofPerpetrator(Handle h, long personId) {
        return ids(h, "a.id IN (SELECT act_id FROM act_perpetrator WHERE person_id = :p)", Map.of("p", personId));
    }

    /** Acts at the place or anywhere inside it. */
    public static List<Long> atPlace(Handle h, long placeId) {
        return ids(h, """
                a.place_id IN (WITH RECURSIVE down(id) AS (SELECT CAST(:p AS bigint) UNION SELECT p.id FROM place p JOIN down ON p.parent_id = down.id)
                               SELECT id FROM down)""", Map.of("p", placeId));
    }

    /** Acts whose possible dates overlap [from, to] (both inclusive). */
    public static List<Long> inPeriod(Handle h, LocalDate from, LocalDate to) {
        return ids(h, "a.date_earliest <= :to AND a.date_latest >= :from", Map.of("from", from, "to", to));
    }

    public static List<Act> load(Handle h, List<Long> ids, Lang lang) {
        if (ids.isEmpty()) return List.of();
        Map<Long, List<Party>> victims = new LinkedHashMap<>();
        Map<Long, List<Party>> perpetrators = new LinkedHashMap<>();
        Map<Long, List<SourceRef>> sources = new LinkedHashMap<>();
        Set<Long> persons = new HashSet<>();
        List<long[]> victimRows = h.createQuery("SELECT act_id, person_id FROM act_victim WHERE act_id IN (<ids>) ORDER BY act_id, person_id")
                .bindList("ids", ids).map((rs, c) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        List<Object[]> perpRows = h.createQuery("""
                SELECT act_id, person_id, role, involvement FROM act_perpetrator WHERE act_id IN (<ids>) ORDER BY act_id, person_id, role""")
                .bindList("ids", ids).map((rs, c) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}).list();
        victimRows.forEach(r -> persons.add(r[1]));
        perpRows.forEach(r -> persons.add((Long) r[1]));
        Map<Long, String> names = PersonNames.of(h, persons, lang);
        victimRows.forEach(r -> victims.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Party(r[1], names.get(r[1]), null, null)));
        perpRows.forEach(r -> perpetrators.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                .add(new Party((Long) r[1], names.get((Long) r[1]), (String) r[2], (String) r[3])));
        h.createQuery("""
                SELECT x.act_id, s.id, s.name, s.title, s.reliability, s.protected, x.source_record_id, r.record_key
                FROM act_source x JOIN source s ON s.id = x.source_id LEFT JOIN source_record r ON r.id = x.source_record_id
                WHERE x.act_id IN (<ids>) ORDER BY x.act_id, s.id, x.source_record_id""").bindList("ids", ids)
                .map((rs, c) -> Map.entry(rs.getLong(1), new SourceRef(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), (Long) rs.getObject(7), rs.getString(8))))
                .forEach(e -> sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, Act> byId = new LinkedHashMap<>();
        h.createQuery("SELECT a.* FROM act_standing a WHERE a.id IN (<ids>)").bindList("ids", ids).mapToMap().forEach(row -> {
            long id = ((Number) row.get("id")).longValue();
            Long place = row.get("place_id") == null ? null : ((Number) row.get("place_id")).longValue();
            byId.put(id, new Act(id, (String) row.get("type"), (String) row.get("date_text"), date(row.get("date_earliest")),
                    date(row.get("date_latest")), place, place == null ? null : Places.find(h, place).map(p -> p.name(lang)).orElse(null),
                    (String) row.get("description"), victims.getOrDefault(id, List.of()), perpetrators.getOrDefault(id, List.of()),
                    sources.getOrDefault(id, List.of())));
        });
        return ids.stream().map(byId::get).toList();
    }

    /** Every assertion about the act, standing and retracted, oldest first. */
    public static List<FactRow> facts(Handle h, long actId) {
        return h.createQuery("""
                SELECT a.id, a.field, a.value, a.credibility, a.recorded_at, a.retracted_at, a.retraction_reason, u.name AS user_name,
                       s.id AS sid, s.name, s.title, s.reliability, s.protected
                FROM assertion a JOIN source s ON s.id = a.source_id LEFT JOIN app_user u ON u.id = a.recorded_by
                WHERE a.act_id = :act ORDER BY a.id""").bind("act", actId)
                .map((rs, c) -> new FactRow(rs.getLong("id"), rs.getString("field"), rs.getString("value"),
                        new SourceRef(rs.getLong("sid"), rs.getString("name"), rs.getString("title"), rs.getString("reliability"),
                                rs.getBoolean("protected"), null, null),
                        (Integer) rs.getObject("credibility"), rs.getString("user_name"), instant(rs.getObject("recorded_at", OffsetDateTime.class)),
                        instant(rs.getObject("retracted_at", OffsetDateTime.class)), rs.getString("retraction_reason"))).list();
    }

    /** The evidence items of the given sources, by id. */
    public static List<Evidence> evidence(Handle h, Set<Long> sourceIds) {
        if (sourceIds.isEmpty()) return List.of();
        return h.createQuery("""
                SELECT e.id, e.sha256, e.byte_size, e.original_name, e.source_id, s.protected, e.added_at
                FROM evidence_item e JOIN source s ON s.id = e.source_id WHERE e.source_id IN (<ids>) ORDER BY e.id""")
                .bindList("ids", List.copyOf(sourceIds))
                .map((rs, c) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getBoolean(6),
                        instant(rs.getObject(7, OffsetDateTime.class)))).list();
    }

    private static LocalDate date(Object value) {
        if (value == null) return null;
        if (value instanceof java.sql.Date d) return d.toLocalDate();
        return (LocalDate) value;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
