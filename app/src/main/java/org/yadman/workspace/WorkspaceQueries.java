package org.yadman.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The reads behind the first workspace pages: sources and their import batches. */
public final class WorkspaceQueries {
    public record Totals(long sources, long records, long imports, long persons) {}

    public record SourceRow(long id, String name, String title, String suppliedBy, String obtainedHow, String reliability,
                     String language, String script, String defaultCalendar, boolean synthetic,
                     long records, long imports, Instant createdAt) {}

    public record ImportRow(long id, long sourceId, String sourceName, String fileName, String sha256, long rows,
                     long rejected, boolean forced, String importedBy, Instant importedAt) {}

    private static final String SOURCES = """
            SELECT s.*, (SELECT count(*) FROM source_record r WHERE r.source_id = s.id) AS records,
                        (SELECT count(*) FROM import_batch b WHERE b.source_id = s.id) AS imports
            FROM source s""";
    private static final String IMPORTS = """
            SELECT b.*, s.name AS source_name, u.name AS user_name
            FROM import_batch b JOIN source s ON s.id = b.source_id LEFT JOIN app_user u ON u.id = b.imported_by""";

    /** A person as the workspace sees it: the records they hold now, and their publication if any. */
    public record PersonState(long id, List<HeldRecord> records, Publication publication) {}

    public record HeldRecord(long id, String sourceName, String recordKey, String names) {}

    public record Publication(long id, String basis, String redactions, Instant publishedAt) {}

    private final Jdbi jdbi;

    WorkspaceQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<PersonState> person(long id) {
        return jdbi.withHandle(h -> {
            if (h.createQuery("SELECT count(*) FROM person WHERE id = :id").bind("id", id).mapTo(Long.class).one() == 0) {
                return Optional.<PersonState>empty();
            }
            List<HeldRecord> records = h.createQuery("""
                    SELECT r.id, s.name, r.record_key, (SELECT string_agg(f->>1, ' ' ORDER BY o) FROM jsonb_array_elements(r.facts) WITH ORDINALITY e(f, o)
                                                          WHERE f->>0 IN ('given_name', 'surname', 'full_name')) AS names
                    FROM record_link l JOIN source_record r ON r.id = l.source_record_id JOIN source s ON s.id = r.source_id
                    WHERE l.person_id = :id AND l.superseded_at IS NULL ORDER BY r.id""").bind("id", id)
                    .map((rs, c) -> new HeldRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
            Publication publication = h.createQuery("""
                    SELECT id, basis, redactions::text, published_at FROM publication WHERE person_id = :id AND withdrawn_at IS NULL""")
                    .bind("id", id).map((rs, c) -> new Publication(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant())).findOne().orElse(null);
            return Optional.of(new PersonState(id, records, publication));
        });
    }

    Totals totals() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM source) AS sources, (SELECT count(*) FROM source_record) AS records,
                       (SELECT count(*) FROM import_batch) AS imports, (SELECT count(*) FROM person p WHERE EXISTS
                           (SELECT 1 FROM record_link l WHERE l.person_id = p.id AND l.superseded_at IS NULL)
                           OR EXISTS (SELECT 1 FROM assertion a WHERE a.person_id = p.id AND a.source_record_id IS NULL)) AS persons""")
                .map((rs, ctx) -> new Totals(rs.getLong("sources"), rs.getLong("records"), rs.getLong("imports"), rs.getLong("persons")))
                .one());
    }

    List<SourceRow> sources() {
        return jdbi.withHandle(h -> h.createQuery(SOURCES + " ORDER BY s.name").map((rs, ctx) -> source(rs)).list());
    }

    Optional<SourceRow> source(long id) {
        return jdbi.withHandle(h -> h.createQuery(SOURCES + " WHERE s.id = :id").bind("id", id)
                .map((rs, ctx) -> source(rs)).findOne());
    }

    /** Import batches, newest first; all of them, or one source's, at most {@code limit}. */
    List<ImportRow> imports(Long sourceId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(IMPORTS + " WHERE (CAST(:source AS bigint) IS NULL OR b.source_id = :source)"
                        + " ORDER BY b.imported_at DESC, b.id DESC LIMIT :limit")
                .bind("source", sourceId).bind("limit", limit)
                .map((rs, ctx) -> new ImportRow(rs.getLong("id"), rs.getLong("source_id"), rs.getString("source_name"),
                        rs.getString("file_name"), rs.getString("content_sha256"), rs.getLong("row_count"),
                        rs.getLong("rejected_count"), rs.getBoolean("forced"), rs.getString("user_name"),
                        instant(rs, "imported_at")))
                .list());
    }

    private static SourceRow source(ResultSet rs) throws SQLException {
        return new SourceRow(rs.getLong("id"), rs.getString("name"), rs.getString("title"), rs.getString("supplied_by"),
                rs.getString("obtained_how"), rs.getString("reliability"), rs.getString("language"), rs.getString("script"),
                rs.getString("default_calendar"), rs.getBoolean("synthetic"), rs.getLong("records"), rs.getLong("imports"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
