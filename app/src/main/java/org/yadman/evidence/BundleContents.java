package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yadman.web.Lang;

/**
 * What a bundle holds: evidence items (with their files and custody), source records, link
 * decisions and assertions, each later written with its proof by {@link BundleWriter}. Built for
 * one person ({@link #person}), one act ({@link #act}), one evidence item ({@link #evidence}), or
 * item by item by other capabilities (a case file) through the adders.
 */
public final class BundleContents {
    final Set<Long> evidence = new TreeSet<>();
    final Set<Long> records = new TreeSet<>();
    final Set<Long> links = new TreeSet<>();
    final Set<Long> assertions = new TreeSet<>();
    final Set<Long> acts = new TreeSet<>();
    /** Rows proved by their own leaves only (a perpetrator's position, a grave site's status): table to ids. */
    final java.util.Map<String, Set<Long>> logged = new java.util.TreeMap<>();
    /** Readable documents carried in the payload (a case file and its PDF): path under data/ to bytes. */
    final java.util.Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
    Function<Lang, String> heading = lang -> lang.t("evidence.manifest.title");

    public BundleContents heading(Function<Lang, String> heading) {
        this.heading = heading;
        return this;
    }

    /** An evidence item: its file, its added and custody leaves. */
    public BundleContents addEvidence(long evidenceItemId) {
        evidence.add(evidenceItemId);
        return this;
    }

    /** A source record, verbatim, proved through its import's leaf. */
    public BundleContents addRecord(long sourceRecordId) {
        records.add(sourceRecordId);
        return this;
    }

    /** A record_link row: a link decision, by the import, the model or a reviewer. */
    public BundleContents addLink(long recordLinkId) {
        links.add(recordLinkId);
        return this;
    }

    public BundleContents addAssertion(long assertionId) {
        assertions.add(assertionId);
        return this;
    }

    /** An act row: proved by its act_recorded leaf where it was recorded through the log (org.yadman.acts), else shown for context. */
    public BundleContents addAct(long actId) {
        acts.add(actId);
        return this;
    }

    /** A row of {@code table} whose own leaves prove it (e.g. perpetrator_position, grave_site_status). */
    public BundleContents addLogged(String table, long id) {
        logged.computeIfAbsent(table, k -> new TreeSet<>()).add(id);
        return this;
    }

    /** A readable document at {@code path} (under data/, not data/items|rows|evidence|log), listed in the BagIt manifest. */
    public BundleContents addDocument(String path, byte[] content) {
        if (!path.startsWith("data/") || path.startsWith("data/items/") || path.startsWith("data/rows/") || path.startsWith("data/evidence/")
                || path.startsWith("data/log/") || path.startsWith("data/manifest")) {
            throw new IllegalArgumentException("document path " + path + " must be under data/ and outside the bundle's own folders");
        }
        documents.put(path, content.clone());
        return this;
    }

    /** One evidence item and the working copies derived from it. */
    public static BundleContents evidence(Connection c, long evidenceItemId) throws SQLException {
        BundleContents b = new BundleContents().addEvidence(evidenceItemId);
        ids(c, "SELECT id FROM evidence_item WHERE derived_from = ?", evidenceItemId, b.evidence);
        return b;
    }

    /**
     * A person: the source records ever linked to them and every link decision about them (history
     * included), their assertions (retracted ones too), and the evidence items of the sources those
     * come from, with working copies. As in a case file, nothing of a protected witness (V11
     * {@code source.protected}) goes in: not their records, assertions or evidence.
     */
    public static BundleContents person(Connection c, long personId) throws SQLException {
        if (!exists(c, "SELECT 1 FROM person WHERE id = ?", personId)) throw new IllegalArgumentException("person " + personId + " does not exist");
        BundleContents b = new BundleContents();
        int n = (int) personId;
        b.heading = lang -> lang.t("evidence.manifest.person", lang.number(n));
        ids(c, "SELECT id FROM record_link WHERE person_id = ?", personId, b.links);
        ids(c, "SELECT l.source_record_id FROM record_link l JOIN source_record r ON r.id = l.source_record_id"
                + " JOIN public_source s ON s.id = r.source_id WHERE l.person_id = ?", personId, b.records);
        // a fact of an imported record has no assertion id: it is proved inside its record
        ids(c, "SELECT a.id FROM person_assertion a WHERE a.person_id = ? AND a.id IS NOT NULL"
                + " AND (a.source_id IS NULL OR a.source_id IN (SELECT id FROM public_source))", personId, b.assertions);
        ids(c, "SELECT e.id FROM evidence_item e JOIN public_source s ON s.id = e.source_id WHERE e.source_id IN"
                + " (SELECT r.source_id FROM source_record r JOIN record_link l ON l.source_record_id = r.id WHERE l.person_id = ?)",
                personId, b.evidence);
        ids(c, "SELECT e.id FROM evidence_item e JOIN public_source s ON s.id = e.source_id WHERE e.source_id IN"
                + " (SELECT a.source_id FROM person_assertion a WHERE a.person_id = ?)", personId, b.evidence);
        return b;
    }

    /**
     * An act: the act row, its assertions, the source records named in act_source or by its
     * assertions, and the evidence items of its sources; nothing of a protected witness.
     */
    public static BundleContents act(Connection c, long actId) throws SQLException {
        if (!exists(c, "SELECT 1 FROM act WHERE id = ?", actId)) throw new IllegalArgumentException("act " + actId + " does not exist");
        BundleContents b = new BundleContents().addAct(actId);
        int n = (int) actId;
        b.heading = lang -> lang.t("evidence.manifest.act", lang.number(n));
        ids(c, "SELECT id FROM assertion WHERE act_id = ? AND (source_id IS NULL OR source_id IN (SELECT id FROM public_source))",
                actId, b.assertions);
        ids(c, "SELECT x.source_record_id FROM act_source x JOIN public_source s ON s.id = x.source_id"
                + " WHERE x.act_id = ? AND x.source_record_id IS NOT NULL", actId, b.records);
        ids(c, "SELECT a.source_record_id FROM assertion a JOIN source_record r ON r.id = a.source_record_id"
                + " JOIN public_source s ON s.id = r.source_id WHERE a.act_id = ?", actId, b.records);
        ids(c, "SELECT e.id FROM evidence_item e JOIN public_source s ON s.id = e.source_id"
                + " WHERE e.source_id IN (SELECT source_id FROM act_source WHERE act_id = ?)", actId, b.evidence);
        return b;
    }

    private static boolean exists(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static void ids(Connection c, String sql, long id, Set<Long> into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) into.add(r.getLong(1));
            }
        }
    }
}
