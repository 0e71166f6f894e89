package org.yadman.atlas;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.Audit;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.web.Lang;

/**
 * Exhibitions and their items: the workspace's writes (each with its audit record in the same
 * transaction) and the public reads. The public sees an exhibition while it is published and not
 * withdrawn, and in it only the items whose person is published now; a withdrawn publication
 * takes the person (and their photograph) off at once. Publishing, withdrawing, and adding a person
 * or a photograph while public each keep what the public is shown from then on as an
 * {@code exhibition_state} row, a leaf of the evidence log in the same transaction.
 */
public final class Exhibitions {
    /** A refused change; {@code key} names the text that explains it in either language. */
    public static final class Refused extends RuntimeException {
        private final String key;

        public Refused(String key, String detail) {
            super(detail);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public record Exhibition(long id, String titleEn, String titleFa, String introEn, String introFa,
                             Instant publishedAt, Instant withdrawnAt, long items) {
        public String title(Lang lang) {
            return lang == Lang.FA ? titleFa : titleEn;
        }

        public String intro(Lang lang) {
            return lang == Lang.FA ? introFa : introEn;
        }

        public boolean isPublic() {
            return publishedAt != null && withdrawnAt == null;
        }
    }

    public record Item(long id, long personId, int position, String biographyEn, String biographyFa, Long photoPublished) {
        public String biography(Lang lang) {
            return lang == Lang.FA ? biographyFa : biographyEn;
        }
    }

    public record Photo(String mediaType, byte[] content) {}

    private static final String EXHIBITION = """
            SELECT e.*, (SELECT count(*) FROM exhibition_item i WHERE i.exhibition_id = e.id) AS items FROM exhibition e
            """;
    private static final String PUBLIC = "e.published_at IS NOT NULL AND e.withdrawn_at IS NULL";

    private final Jdbi jdbi;

    public Exhibitions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long create(String titleEn, String titleFa, String introEn, String introFa, Long userId, Instant at) {
        if (blank(titleEn) || blank(titleFa)) throw new Refused("atlas.exhibition.error.title", "a title in English and in Persian is required");
        return jdbi.inTransaction(h -> {
            long id = h.createQuery("""
                    INSERT INTO exhibition (title_en, title_fa, intro_en, intro_fa, created_by, created_at)
                    VALUES (:te, :tf, :ie, :if, :u, :at) RETURNING id""").bind("te", titleEn.strip()).bind("tf", titleFa.strip())
                    .bind("ie", text(introEn)).bind("if", text(introFa)).bind("u", userId).bind("at", utc(at)).mapTo(Long.class).one();
            Audit.record(h, at, userId, "create", "exhibition", id, null);
            return id;
        });
    }

    /** Adds a published person to the exhibition, at the end. */
    public long addItem(long exhibitionId, long personId, String biographyEn, String biographyFa, Long userId, Instant at) {
        return jdbi.inTransaction(h -> {
            if (find(h, exhibitionId).isEmpty()) throw new Refused("atlas.exhibition.error.noExhibition", "no exhibition " + exhibitionId);
            boolean published = h.createQuery("WITH published AS (" + AtlasQueries.PUBLISHED_PERSONS
                    + ") SELECT count(*) > 0 FROM published WHERE person_id = :p").bind("p", personId).mapTo(Boolean.class).one();
            if (!published) throw new Refused("atlas.exhibition.error.notPublished", "person " + personId + " is not published");
            boolean present = h.createQuery("SELECT count(*) > 0 FROM exhibition_item WHERE exhibition_id = :e AND person_id = :p")
                    .bind("e", exhibitionId).bind("p", personId).mapTo(Boolean.class).one();
            if (present) throw new Refused("atlas.exhibition.error.duplicate", "person " + personId + " is already in exhibition " + exhibitionId);
            long id = h.createQuery("""
                    INSERT INTO exhibition_item (exhibition_id, person_id, position, biography_en, biography_fa, added_by, added_at)
                    VALUES (:e, :p, (SELECT coalesce(max(position), 0) + 1 FROM exhibition_item WHERE exhibition_id = :e),
                            :be, :bf, :u, :at) RETURNING id""").bind("e", exhibitionId).bind("p", personId)
                    .bind("be", text(biographyEn)).bind("bf", text(biographyFa)).bind("u", userId).bind("at", utc(at))
                    .mapTo(Long.class).one();
            Audit.record(h, at, userId, "add", "exhibition_item", id, "person " + personId);
            keepStateIfPublic(h, exhibitionId, "add", userId, at);
            return id;
        });
    }

    public void publish(long id, Long userId, Instant at) {
        change(id, "UPDATE exhibition SET published_at = :at, published_by = :u, withdrawn_at = NULL WHERE id = :id", "publish", userId, at);
    }

    public void withdraw(long id, Long userId, Instant at) {
        change(id, "UPDATE exhibition SET withdrawn_at = :at WHERE id = :id AND published_at IS NOT NULL", "withdraw", userId, at);
    }

    private void change(long id, String sql, String action, Long userId, Instant at) {
        jdbi.useTransaction(h -> {
            if (find(h, id).isEmpty()) throw new Refused("atlas.exhibition.error.noExhibition", "no exhibition " + id);
            h.createUpdate(sql).bind("id", id).bind("u", userId).bind("at", utc(at)).execute();
            Audit.record(h, at, userId, action, "exhibition", id, null);
            keepState(h, id, action, userId, at);
        });
    }

    /** Records the photograph of an item: the original evidence item, and the stripped copy derived from it. */
    public void attachPhoto(long itemId, long originalId, long publishedId, PhotoStripper.Stripped photo, String actor, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO exhibition_photo (evidence_id, media_type, content) VALUES (:id, :t, :c) ON CONFLICT DO NOTHING")
                    .bind("id", publishedId).bind("t", photo.mediaType()).bind("c", photo.content()).execute();
            int n = h.createUpdate("UPDATE exhibition_item SET photo_original = :o, photo_published = :p WHERE id = :id")
                    .bind("o", originalId).bind("p", publishedId).bind("id", itemId).execute();
            if (n != 1) throw new Refused("atlas.exhibition.error.noItem", "no exhibition item " + itemId);
            Audit.record(h, at, null, "photo", "exhibition_item", itemId, "by " + actor + ": evidence " + originalId + " -> " + publishedId);
            long exhibitionId = h.createQuery("SELECT exhibition_id FROM exhibition_item WHERE id = :id").bind("id", itemId).mapTo(Long.class).one();
            keepStateIfPublic(h, exhibitionId, "photo", null, at);
        });
    }

    private static void keepStateIfPublic(Handle h, long exhibitionId, String action, Long userId, Instant at) {
        if (find(h, exhibitionId).filter(Exhibition::isPublic).isPresent()) keepState(h, exhibitionId, action, userId, at);
    }

    /** Keeps the exhibition as it now is (its row and its items in order) and logs it. */
    private static void keepState(Handle h, long exhibitionId, String action, Long userId, Instant at) {
        long id = h.createQuery("""
                INSERT INTO exhibition_state (exhibition_id, action, state, recorded_by, recorded_at)
                SELECT e.id, :action, jsonb_build_object('exhibition', to_jsonb(e), 'items',
                           coalesce((SELECT jsonb_agg(to_jsonb(i) ORDER BY i.position, i.id) FROM exhibition_item i WHERE i.exhibition_id = e.id),
                                    '[]'::jsonb)), :u, :at
                FROM exhibition e WHERE e.id = :e RETURNING id""")
                .bind("e", exhibitionId).bind("action", action).bind("u", userId).bind("at", utc(at)).mapTo(Long.class).one();
        EventLog.append(h, EventKind.EXHIBITION_STATE, id);
    }

    public List<Exhibition> all() {
        return jdbi.withHandle(h -> h.createQuery(EXHIBITION + " ORDER BY e.id").map((rs, ctx) -> exhibition(rs)).list());
    }

    public Optional<Exhibition> one(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    public List<Item> items(long exhibitionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM exhibition_item WHERE exhibition_id = :e ORDER BY position, id")
                .bind("e", exhibitionId).map((rs, ctx) -> item(rs)).list());
    }

    /** Public exhibitions, each with the number of its items the public may see. */
    public List<Exhibition> publicList() {
        return jdbi.withHandle(h -> h.createQuery("WITH published AS (" + AtlasQueries.PUBLISHED_PERSONS + """
                ) SELECT e.*, (SELECT count(*) FROM exhibition_item i WHERE i.exhibition_id = e.id
                                  AND i.person_id IN (SELECT person_id FROM published)) AS items
                FROM exhibition e WHERE """ + " " + PUBLIC + " ORDER BY e.published_at DESC, e.id")
                .map((rs, ctx) -> exhibition(rs)).list());
    }

    public Optional<Exhibition> publicOne(long id) {
        return one(id).filter(Exhibition::isPublic);
    }

    /** The items of a public exhibition whose person is published now. */
    public List<Item> publicItems(long exhibitionId) {
        return jdbi.withHandle(h -> h.createQuery("WITH published AS (" + AtlasQueries.PUBLISHED_PERSONS + """
                ) SELECT i.* FROM exhibition_item i JOIN exhibition e ON e.id = i.exhibition_id
                WHERE i.exhibition_id = :e AND i.person_id IN (SELECT person_id FROM published) AND""" + " " + PUBLIC + " ORDER BY i.position, i.id")
                .bind("e", exhibitionId).map((rs, ctx) -> item(rs)).list());
    }

    /** The published photograph of an item the public may see; empty otherwise. */
    public Optional<Photo> publicPhoto(long itemId) {
        return jdbi.withHandle(h -> h.createQuery("WITH published AS (" + AtlasQueries.PUBLISHED_PERSONS + """
                ) SELECT ph.media_type, ph.content FROM exhibition_item i
                JOIN exhibition e ON e.id = i.exhibition_id
                JOIN exhibition_photo ph ON ph.evidence_id = i.photo_published
                WHERE i.id = :id AND i.person_id IN (SELECT person_id FROM published) AND""" + " " + PUBLIC)
                .bind("id", itemId).map((rs, ctx) -> new Photo(rs.getString(1), rs.getBytes(2))).findOne());
    }

    private static Optional<Exhibition> find(Handle h, long id) {
        return h.createQuery(EXHIBITION + " WHERE e.id = :id").bind("id", id).map((rs, ctx) -> exhibition(rs)).findOne();
    }

    private static Exhibition exhibition(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Exhibition(rs.getLong("id"), rs.getString("title_en"), rs.getString("title_fa"), rs.getString("intro_en"),
                rs.getString("intro_fa"), instant(rs.getObject("published_at", OffsetDateTime.class)),
                instant(rs.getObject("withdrawn_at", OffsetDateTime.class)), rs.getLong("items"));
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getLong("person_id"), rs.getInt("position"), rs.getString("biography_en"),
                rs.getString("biography_fa"), (Long) rs.getObject("photo_published"));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
