package org.yadman.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves a bundle's {@link BundleContents} into what proves each thing, up to a checkpoint of
 * {@code size} leaves: the leaves about its own row (evidence, custody, a link decided by the
 * model or a reviewer, an assertion added or retracted outside an import), or, for what an import
 * wrote (its records, their assertions, its links), the import's leaf and the row's audit path to
 * the part of that leaf that commits to it. What the log does not cover is named in
 * {@link #missing} and left out of the proofs.
 */
final class BundleProofs {
    /** A row proved by a TREE part of leaf {@code leafIndex}. */
    record ProvedRow(long leafIndex, String part, RowDigests.ProvenRow row) {}

    final Map<Long, BundleWriter.Entry> entries = new TreeMap<>();
    final List<ProvedRow> rows = new ArrayList<>();
    final List<String> missing = new ArrayList<>();
    final List<EvidenceItems.Item> items = new ArrayList<>();
    private final Map<Long, Map<String, Set<Long>>> byImport = new TreeMap<>();
    private final Connection c;
    private final long size;

    private BundleProofs(Connection c, long size) {
        this.c = c;
        this.size = size;
    }

    static BundleProofs resolve(Connection c, BundleContents contents, EvidenceItems evidence, long size) throws SQLException {
        BundleProofs p = new BundleProofs(c, size);
        for (long id : contents.evidence) {
            p.items.add(evidence.item(c, id));
            p.leaves("evidence_item", id);
            for (EvidenceItems.Custody event : EvidenceItems.custody(c, id)) p.leaves("custody_event", event.id());
        }
        for (long id : contents.records) p.viaImport("source_record", id, "records", "SELECT import_id FROM source_record WHERE id = ?");
        for (long id : contents.links) {
            boolean own = p.leaves("record_link", id);
            boolean byImport = "import".equals(p.text("SELECT decided_by FROM record_link WHERE id = ?", id));
            if (byImport) p.viaImport("record_link", id, "links",
                    "SELECT r.import_id FROM record_link l JOIN source_record r ON r.id = l.source_record_id WHERE l.id = ?");
            else if (!own) p.missing.add("record_link " + id);
        }
        for (long id : contents.assertions) {
            boolean added = p.text("SELECT kind FROM ledger_entry WHERE target_table = 'assertion' AND target_id = ? AND kind = 'assertion_added'", id) != null;
            boolean own = p.leaves("assertion", id); // added and/or retracted
            if (!added) {
                String importId = p.text("SELECT r.import_id FROM assertion a JOIN source_record r ON r.id = a.source_record_id WHERE a.id = ?", id);
                if (importId != null) p.want(Long.parseLong(importId), "assertions", id);
                else if (!own) p.missing.add("assertion " + id);
            }
        }
        for (long id : contents.acts) p.leaves("act", id); // act_recorded, where the act was recorded through the log
        for (var table : contents.logged.entrySet()) {
            for (long id : table.getValue()) if (!p.leaves(table.getKey(), id)) p.missing.add(table.getKey() + " " + id);
        }
        p.proveImports();
        return p;
    }

    /** Adds the leaves about row ({@code table}, {@code id}) before the checkpoint; false if there are none. */
    private boolean leaves(String table, long id) throws SQLException {
        boolean any = false;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT idx, kind, leaf FROM ledger_entry WHERE target_table = ? AND target_id = ? AND idx < ? ORDER BY idx")) {
            s.setString(1, table);
            s.setLong(2, id);
            s.setLong(3, size);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    any = true;
                    entries.put(r.getLong(1), new BundleWriter.Entry(r.getLong(1), EventKind.ofCode(r.getString(2)), id, r.getBytes(3)));
                }
            }
        }
        return any;
    }

    private void viaImport(String table, long id, String part, String importSql) throws SQLException {
        String importId = text(importSql, id);
        if (importId == null) missing.add(table + " " + id);
        else want(Long.parseLong(importId), part, id);
    }

    private void want(long importId, String part, long id) {
        byImport.computeIfAbsent(importId, k -> new TreeMap<>()).computeIfAbsent(part, k -> new TreeSet<>()).add(id);
    }

    private void proveImports() throws SQLException {
        Map<String, String> tables = Map.of("records", "source_record", "assertions", "assertion", "links", "record_link");
        for (var imp : byImport.entrySet()) {
            long importId = imp.getKey();
            Long leafIndex = null;
            leaves("import_batch", importId);
            for (BundleWriter.Entry e : entries.values()) {
                if (e.kind() == EventKind.IMPORT && e.targetId() == importId) leafIndex = e.index();
            }
            for (var part : imp.getValue().entrySet()) {
                String table = tables.get(part.getKey());
                Set<Long> left = new TreeSet<>(part.getValue());
                if (leafIndex != null) {
                    for (RowDigests.ProvenRow row : RowDigests.prove(c, EventKind.IMPORT, importId, part.getKey(), part.getValue())) {
                        rows.add(new ProvedRow(leafIndex, part.getKey(), row));
                        left.remove(row.id());
                    }
                }
                for (long id : left) missing.add(table + " " + id);
            }
        }
    }

    private String text(String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
