package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The readable tables of a bundle's manifest for acts, source records, link decisions and assertions, with where each proof lies. */
final class ManifestSections {
    /** A source as a manifest names it: a protected witness (V11 source.protected) only by pseudonym. */
    private static final String SOURCE = "CASE WHEN s.protected THEN 'W-' || s.id || ' (protected witness)' ELSE s.name END";

    private ManifestSections() {}

    static List<ManifestHtml.Section> of(Connection c, BundleContents contents, BundleProofs proofs) throws SQLException {
        Map<String, String> where = new HashMap<>(); // "table id" -> bundle path of its proof
        for (BundleWriter.Entry e : proofs.entries.values()) where.merge(e.kind().table() + " " + e.targetId(), "items/" + e.index(), (a, b) -> a + " " + b);
        Map<String, String> tables = Map.of("records", "source_record", "assertions", "assertion", "links", "record_link");
        for (BundleProofs.ProvedRow p : proofs.rows) {
            where.merge(tables.get(p.part()) + " " + p.row().id(), BundleWriter.rowDir(p).substring("data/".length()), (a, b) -> a + " " + b);
        }
        List<ManifestHtml.Section> out = new ArrayList<>();
        out.add(section(c, "acts", List.of("id", "actType", "date", "description"), contents.acts,
                "SELECT id, type, date_text, description FROM act WHERE id = ?", null, where));
        out.add(section(c, "records", List.of("id", "source", "recordKey", "raw", "proof"), contents.records,
                "SELECT r.id, " + SOURCE + ", r.record_key, r.raw::text FROM source_record r JOIN source s ON s.id = r.source_id WHERE r.id = ?",
                "source_record", where));
        out.add(section(c, "links", List.of("id", "recordId", "personId", "decidedBy", "probability", "decidedAt", "supersededAt", "proof"),
                contents.links, "SELECT id, source_record_id, person_id, decided_by, probability, decided_at, superseded_at FROM record_link WHERE id = ?",
                "record_link", where));
        out.add(section(c, "assertions", List.of("id", "field", "value", "credibility", "source", "recordedAt", "retractedAt", "proof"),
                contents.assertions, "SELECT a.id, a.field, a.value, a.credibility, " + SOURCE + ", a.recorded_at, a.retracted_at FROM assertion a"
                        + " LEFT JOIN source s ON s.id = a.source_id WHERE a.id = ?", "assertion", where));
        return out;
    }

    private static ManifestHtml.Section section(Connection c, String title, List<String> columns, Set<Long> ids, String sql, String table,
            Map<String, String> where) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) continue;
                    List<String> row = new ArrayList<>();
                    int n = r.getMetaData().getColumnCount();
                    for (int i = 1; i <= n; i++) row.add(r.getString(i));
                    if (table != null) row.add(where.getOrDefault(table + " " + id, "-"));
                    rows.add(row);
                }
            }
        }
        return new ManifestHtml.Section(title, columns, rows);
    }
}
