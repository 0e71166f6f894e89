package org.yadman.atlas;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The atlas's read model: places, what happened there, and who. Only published persons count or
 * are listed, by the memorial's rule (a publication not withdrawn, for a person who still holds
 * records); every query repeats that rule through {@link #PUBLISHED_PERSONS}.
 */
public final class AtlasQueries {
    /** Place kinds drawn on the map. */
    public static final List<String> MAPPED_KINDS = List.of("prison", "cemetery", "grave_site");

    /** Ids of persons the memorial shows (a CTE body). */
    static final String PUBLISHED_PERSONS = org.yadman.memorial.MemorialQueries.SHOWN_PERSONS;

    private final Jdbi jdbi;

    public AtlasQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A place with its names (as written, any script) and published victims of executions and burials there. */
    public record Place(long id, String kind, Long parentId, Double latitude, Double longitude, List<String> names,
                        long executions, long burials) {
        public boolean located() {
            return latitude != null && longitude != null;
        }
    }

    public record Status(String status, String asOfText, LocalDate asOfEarliest, LocalDate asOfLatest, String source) {}

    /** A published person's act at a place. */
    public record PersonAct(long personId, String type, String dateText, LocalDate earliest, LocalDate latest) {}

    /** Prisons, cemeteries and grave sites, with counts of published persons. */
    public List<Place> mappedPlaces() {
        return jdbi.withHandle(h -> places(h, "pl.kind IN (<kinds>)", null));
    }

    public Optional<Place> place(long id) {
        return jdbi.withHandle(h -> places(h, "pl.id = :id", id).stream().findFirst());
    }

    private static List<Place> places(Handle h, String where, Long id) {
        var query = h.createQuery("""
                WITH published AS (""" + PUBLISHED_PERSONS + """
                )
                SELECT pl.id, pl.kind, pl.parent_id, pl.latitude, pl.longitude,
                       count(DISTINCT v.person_id) FILTER (WHERE a.type = 'execution') AS executions,
                       count(DISTINCT v.person_id) FILTER (WHERE a.type = 'burial') AS burials
                FROM place pl
                LEFT JOIN act_standing a ON a.place_id = pl.id
                LEFT JOIN act_victim v ON v.act_id = a.id AND v.person_id IN (SELECT person_id FROM published)
                WHERE \s""" + where + """

                GROUP BY pl.id ORDER BY pl.id
                """);
        if (id != null) query.bind("id", id);
        else query.bindList("kinds", MAPPED_KINDS);
        List<Place> rows = query.map((rs, ctx) -> new Place(rs.getLong("id"), rs.getString("kind"),
                (Long) rs.getObject("parent_id"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                new ArrayList<>(), rs.getLong("executions"), rs.getLong("burials"))).list();
        Map<Long, Place> byId = new LinkedHashMap<>();
        for (Place p : rows) byId.put(p.id(), p);
        if (!byId.isEmpty()) {
            h.createQuery("SELECT place_id, name FROM place_name WHERE place_id IN (<ids>) ORDER BY place_id, name")
                    .bindList("ids", List.copyOf(byId.keySet()))
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .forEach(r -> byId.get((Long) r[0]).names().add((String) r[1]));
        }
        return rows;
    }

    /** The names of any places (for parents), by id. */
    public Map<Long, List<String>> names(List<Long> placeIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (placeIds.isEmpty()) return out;
        jdbi.useHandle(h -> h.createQuery("SELECT place_id, name FROM place_name WHERE place_id IN (<ids>) ORDER BY place_id, name")
                .bindList("ids", placeIds)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1])));
        return out;
    }

    /**
     * A grave site's status over time, oldest first (undated entries by when they were recorded).
     * A protected source (a witness) is never named on a public page: sources are read through
     * {@code public_source}, which leaves them out.
     */
    public List<Status> statuses(long placeId) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT g.status, g.as_of_text, g.as_of_earliest, g.as_of_latest,
                       coalesce(nullif(s.title, ''), s.name) AS source
                FROM grave_site_status g LEFT JOIN public_source s ON s.id = g.source_id
                WHERE g.place_id = :id ORDER BY g.as_of_earliest NULLS LAST, g.recorded_at, g.id
                """).bind("id", placeId).map((rs, ctx) -> new Status(rs.getString("status"), rs.getString("as_of_text"),
                        rs.getObject("as_of_earliest", LocalDate.class), rs.getObject("as_of_latest", LocalDate.class),
                        rs.getString("source"))).list());
    }

    /** Published persons who are victims of an act at the place, one row per person and act. */
    public List<PersonAct> personActs(long placeId) {
        return jdbi.withHandle(h -> h.createQuery("""
                WITH published AS (""" + PUBLISHED_PERSONS + """
                )
                SELECT v.person_id, a.type, a.date_text, a.date_earliest, a.date_latest
                FROM act_standing a JOIN act_victim v ON v.act_id = a.id
                WHERE a.place_id = :id AND v.person_id IN (SELECT person_id FROM published)
                ORDER BY a.date_earliest NULLS LAST, v.person_id, a.id
                """).bind("id", placeId).map((rs, ctx) -> new PersonAct(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list());
    }
}
