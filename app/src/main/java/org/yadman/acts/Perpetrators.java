package org.yadman.acts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yadman.accounts.Audit;
import org.yadman.evidence.EventKind;
import org.yadman.evidence.EventLog;
import org.yadman.linkage.PersianText;
import org.yadman.linkage.UncertainDate;
import org.yadman.web.Lang;

/**
 * Persons tracked as perpetrators: their names (assertions about the person, each on a source and
 * logged) and the positions they held over time (institution, role, period, source; logged).
 */
public final class Perpetrators {
    /** A perpetrator as listed: names in both scripts and how many acts they are linked to. */
    public record Listed(long personId, String persian, String english, long acts) {
        public String name(Lang lang) {
            String first = lang == Lang.FA ? persian : english;
            return first != null ? first : (persian != null ? persian : english);
        }
    }

    public record Position(long id, String institution, String role, String periodText, LocalDate earliest, LocalDate latest,
                           long sourceId, String sourceName, boolean sourceProtected, Integer credibility) {}

    private static final String LISTED = """
            SELECT t.person_id,
                   (SELECT min(value) FROM assertion a WHERE a.person_id = t.person_id AND a.field = 'full_name' AND a.script = 'persian'
                      AND a.retracted_at IS NULL) AS persian,
                   (SELECT min(value) FROM assertion a WHERE a.person_id = t.person_id AND a.field = 'full_name' AND a.script = 'latin'
                      AND a.retracted_at IS NULL) AS english,
                   (SELECT count(DISTINCT act_id) FROM act_perpetrator ap WHERE ap.person_id = t.person_id) AS acts
            FROM perpetrator t""";

    private final Jdbi jdbi;

    public Perpetrators(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Listed> list() {
        return jdbi.withHandle(h -> h.createQuery(LISTED + " ORDER BY english, persian, t.person_id").map((rs, c) -> listed(rs)).list());
    }

    public Optional<Listed> find(long personId) {
        return jdbi.withHandle(h -> h.createQuery(LISTED + " WHERE t.person_id = :id").bind("id", personId).map((rs, c) -> listed(rs)).findOne());
    }

    public List<Position> positions(long personId) {
        return jdbi.withHandle(h -> positions(h, personId));
    }

    static List<Position> positions(Handle h, long personId) {
        return h.createQuery("""
                SELECT pp.*, s.name AS source_name, s.protected FROM perpetrator_position pp JOIN source s ON s.id = pp.source_id
                WHERE pp.person_id = :id ORDER BY pp.period_earliest NULLS LAST, pp.id""").bind("id", personId)
                .map((rs, c) -> new Position(rs.getLong("id"), rs.getString("institution"), rs.getString("role"), rs.getString("period_text"),
                        rs.getObject("period_earliest", LocalDate.class), rs.getObject("period_latest", LocalDate.class),
                        rs.getLong("source_id"), rs.getString("source_name"), rs.getBoolean("protected"), (Integer) rs.getObject("credibility")))
                .list();
    }

    /** Creates a person tracked as a perpetrator, named on a source; returns the person id. */
    public static long create(Handle h, String persian, String english, long sourceId, int credibility, Long userId, Instant now) {
        persian = persian == null || persian.isBlank() ? null : persian.strip();
        english = english == null || english.isBlank() ? null : english.strip();
        if (persian == null && english == null) throw new InputProblem("persian", "a perpetrator needs a Persian or an English name");
        new Fact.Provenance(sourceId, credibility, userId, now);
        ActRecorder.requireRow(h, "source", sourceId, "source");
        long person = h.createUpdate("INSERT INTO person (created_at) VALUES (:at)").bind("at", Timestamp.from(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.createUpdate("INSERT INTO perpetrator (person_id, added_by, added_at) VALUES (:p, :u, :at)")
                .bind("p", person).bind("u", userId).bind("at", Timestamp.from(now)).execute();
        if (persian != null) name(h, person, persian, "persian", sourceId, credibility, userId, now);
        if (english != null) name(h, person, english, "latin", sourceId, credibility, userId, now);
        Audit.record(h, now, userId, "perpetrator.create", "person", person, "source " + sourceId);
        return person;
    }

    private static void name(Handle h, long person, String name, String script, long sourceId, int credibility, Long userId, Instant now) {
        long id = h.createUpdate("""
                INSERT INTO assertion (person_id, field, value, script, normalised, source_id, credibility, recorded_by, recorded_at)
                VALUES (:p, 'full_name', :v, :script, :norm, :source, :cred, :user, :at)""")
                .bind("p", person).bind("v", name).bind("script", script).bind("norm", PersianText.normalise(name))
                .bind("source", sourceId).bind("cred", credibility).bind("user", userId).bind("at", Timestamp.from(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        EventLog.append(h, EventKind.ASSERTION_ADDED, id);
    }

    /** Records a position held over a period; returns its id. */
    public static long addPosition(Handle h, long personId, String institution, String role, UncertainDate period, long sourceId,
            int credibility, Long userId, Instant now) {
        if (institution == null || institution.isBlank()) throw new InputProblem("institution", "a position needs an institution");
        if (role == null || role.isBlank()) throw new InputProblem("role", "a position needs a role");
        new Fact.Provenance(sourceId, credibility, userId, now);
        ActRecorder.requireRow(h, "perpetrator", "person_id", personId, "perpetrator");
        ActRecorder.requireRow(h, "source", sourceId, "source");
        long id = h.createUpdate("""
                INSERT INTO perpetrator_position (person_id, institution, role, period_text, period_earliest, period_latest, source_id,
                                                  credibility, recorded_by, recorded_at)
                VALUES (:p, :i, :r, :text, :earliest, :latest, :source, :cred, :user, :at)""")
                .bind("p", personId).bind("i", institution.strip()).bind("r", role.strip()).bind("text", period == null ? null : period.text())
                .bind("earliest", period == null ? null : period.earliest()).bind("latest", period == null ? null : period.latest())
                .bind("source", sourceId).bind("cred", credibility).bind("user", userId).bind("at", Timestamp.from(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        EventLog.append(h, EventKind.POSITION_RECORDED, id);
        Audit.record(h, now, userId, "perpetrator.position", "person", personId, "perpetrator_position " + id);
        return id;
    }

    private static Listed listed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Listed(rs.getLong("person_id"), rs.getString("persian"), rs.getString("english"), rs.getLong("acts"));
    }
}
