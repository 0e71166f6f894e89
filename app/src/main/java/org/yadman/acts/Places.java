package org.yadman.acts;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.linkage.PersianText;
import org.yadman.web.Lang;

/**
 * The gazetteer: places (country, province, city, prison, cemetery, grave site) with a Persian and
 * an English name, a parent and coordinates. Names go to place_name with their script and
 * normalised form, which is what a prison named in an imported list is matched on.
 */
public final class Places {
    public static final List<String> KINDS = List.of("country", "province", "city", "prison", "cemetery", "grave_site", "other");

    /** A place as listed and edited. Coordinates are WGS 84 degrees. */
    public record Place(long id, String kind, Long parentId, Double latitude, Double longitude, String persian, String english,
                        String parentPersian, String parentEnglish) {
        public String name(Lang lang) {
            String first = lang == Lang.FA ? persian : english;
            return first != null ? first : (persian != null ? persian : english);
        }

        public String parentName(Lang lang) {
            String first = lang == Lang.FA ? parentPersian : parentEnglish;
            return first != null ? first : (parentPersian != null ? parentPersian : parentEnglish);
        }
    }

    /** What a form gives for a place; at least one name. */
    public record Input(String kind, Long parentId, Double latitude, Double longitude, String persian, String english) {
        public Input {
            if (!KINDS.contains(kind)) throw new InputProblem("kind", "\"" + kind + "\" is not one of " + KINDS);
            persian = blankToNull(persian);
            english = blankToNull(english);
            if (persian == null && english == null) throw new InputProblem("persian", "a place needs a Persian or an English name");
            if ((latitude == null) != (longitude == null)) throw new InputProblem("latitude", "give both latitude and longitude, or neither");
            if (latitude != null && (latitude < -90 || latitude > 90)) throw new InputProblem("latitude", "latitude " + latitude + " is not in -90..90");
            if (longitude != null && (longitude < -180 || longitude > 180)) throw new InputProblem("longitude", "longitude " + longitude + " is not in -180..180");
        }
    }

    private static final String SELECT = """
            SELECT p.id, p.kind, p.parent_id, p.latitude, p.longitude,
                   (SELECT min(name) FROM place_name n WHERE n.place_id = p.id AND n.script = 'persian') AS persian,
                   (SELECT min(name) FROM place_name n WHERE n.place_id = p.id AND n.script = 'latin') AS english,
                   (SELECT min(name) FROM place_name n WHERE n.place_id = p.parent_id AND n.script = 'persian') AS parent_persian,
                   (SELECT min(name) FROM place_name n WHERE n.place_id = p.parent_id AND n.script = 'latin') AS parent_english
            FROM place p""";

    private final Jdbi jdbi;

    public Places(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Place> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY p.kind, english, persian, p.id").map((rs, c) -> place(rs)).list());
    }

    public List<Place> ofKind(String kind) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE p.kind = :k ORDER BY english, persian, p.id").bind("k", kind)
                .map((rs, c) -> place(rs)).list());
    }

    public Optional<Place> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    static Optional<Place> find(Handle h, long id) {
        return h.createQuery(SELECT + " WHERE p.id = :id").bind("id", id).map((rs, c) -> place(rs)).findOne();
    }

    /** Adds a place; returns its id. */
    public static long add(Handle h, Input in) {
        if (in.parentId() != null) ActRecorder.requireRow(h, "place", in.parentId(), "parent");
        long id = h.createUpdate("INSERT INTO place (kind, parent_id, latitude, longitude) VALUES (:k, :p, :lat, :lon)")
                .bind("k", in.kind()).bind("p", in.parentId()).bind("lat", in.latitude()).bind("lon", in.longitude())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        names(h, id, in);
        return id;
    }

    /** Changes a place's kind, parent, coordinates and names. */
    public static void update(Handle h, long id, Input in) {
        ActRecorder.requireRow(h, "place", id, "place");
        if (in.parentId() != null) {
            ActRecorder.requireRow(h, "place", in.parentId(), "parent");
            boolean cycle = h.createQuery("""
                    WITH RECURSIVE up(id) AS (SELECT CAST(:parent AS bigint) UNION SELECT p.parent_id FROM place p JOIN up ON p.id = up.id
                                              WHERE p.parent_id IS NOT NULL)
                    SELECT count(*) > 0 FROM up WHERE id = :id""").bind("parent", in.parentId()).bind("id", id).mapTo(Boolean.class).one();
            if (cycle) throw new InputProblem("parent", "place " + in.parentId() + " is inside place " + id + " (or is it): no cycles");
        }
        h.createUpdate("UPDATE place SET kind = :k, parent_id = :p, latitude = :lat, longitude = :lon WHERE id = :id")
                .bind("k", in.kind()).bind("p", in.parentId()).bind("lat", in.latitude()).bind("lon", in.longitude()).bind("id", id).execute();
        h.createUpdate("DELETE FROM place_name WHERE place_id = :id AND script IN ('persian', 'latin')").bind("id", id).execute();
        names(h, id, in);
    }

    /** The place of {@code kind} with a name that normalises like {@code name}, if exactly one has it. */
    public static Optional<Long> byName(Handle h, String kind, String name) {
        List<Long> ids = h.createQuery("""
                SELECT DISTINCT p.id FROM place p JOIN place_name n ON n.place_id = p.id
                WHERE p.kind = :k AND n.normalised = :n ORDER BY p.id""")
                .bind("k", kind).bind("n", PersianText.normalise(name)).mapTo(Long.class).list();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    private static void names(Handle h, long id, Input in) {
        if (in.persian() != null) name(h, id, in.persian(), "persian");
        if (in.english() != null && !in.english().equals(in.persian())) name(h, id, in.english(), "latin");
    }

    /** Adds one more name (a spelling) of a place, if it does not have it yet. */
    public static void name(Handle h, long id, String name, String script) {
        h.createUpdate("""
                INSERT INTO place_name (place_id, name, script, normalised) VALUES (:id, :name, :script, :norm)
                ON CONFLICT (place_id, name) DO NOTHING""")
                .bind("id", id).bind("name", name).bind("script", script).bind("norm", PersianText.normalise(name)).execute();
    }

    private static Place place(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Place(rs.getLong("id"), rs.getString("kind"), (Long) rs.getObject("parent_id"), (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"), rs.getString("persian"), rs.getString("english"),
                rs.getString("parent_persian"), rs.getString("parent_english"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
