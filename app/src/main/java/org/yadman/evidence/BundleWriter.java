package org.yadman.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.TlogProof;
import org.yadman.web.Lang;

/**
 * {@code yadman bundle --evidence ID}: a BagIt 1.0 bag (zip) that a court or an archive can check
 * with {@link BundleVerifier} and nothing else. For the item and each working copy derived from it:
 * the file, and for every logged event about them (added, custody) the leaf, the canonical row
 * text the leaf digests, and a tlog-proof to one signed checkpoint; plus every earlier checkpoint
 * with a consistency proof to it, the log's public key, and a readable manifest.html (and manifest.fa.html in Persian).
 * Layout: docs/evidence-log.md.
 */
public final class BundleWriter {
    private final DataSource ds;
    private final EvidenceStore store;
    private final NoteSigner signer;

    public BundleWriter(DataSource ds, EvidenceStore store, NoteSigner signer) {
        this.ds = ds;
        this.store = store;
        this.signer = signer;
    }

    /** One logged event in the bundle. */
    record Entry(long index, EventKind kind, long targetId, byte[] leaf) {}

    /** Writes the bag for evidence item {@code evidenceId} to {@code out}; returns the number of logged items. */
    public int writeEvidence(long evidenceId, Path out, Instant now) throws IOException, SQLException {
        Checkpoints.Stored checkpoint = coveringCheckpoint(now);
        Map<String, String> payload = new LinkedHashMap<>(); // path -> sha256, in write order
        long[] octets = {0};
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            EvidenceItems items = new EvidenceItems(ds, store);
            List<EvidenceItems.Item> included = new ArrayList<>();
            included.add(items.item(c, evidenceId));
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM evidence_item WHERE derived_from = ? ORDER BY id")) {
                s.setLong(1, evidenceId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) included.add(items.item(c, r.getLong(1)));
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (EvidenceItems.Item item : included) {
                entries.addAll(entries(c, "evidence_item", item.id(), checkpoint.size()));
                for (EvidenceItems.Custody event : EvidenceItems.custody(c, item.id())) {
                    entries.addAll(entries(c, "custody_event", event.id(), checkpoint.size()));
                }
            }
            writeBag(c, checkpoint, included, entries, Map.of(), out, payload, octets, now);
            c.rollback();
            return entries.size();
        }
    }

    /** One logged row a bundle carries with every leaf about it: an act, an assertion, a position, an evidence item. */
    public record Target(String table, long id) {}

    /**
     * A bag of every logged event about {@code targets}, with the file and custody events of each
     * evidence item among them, plus readable {@code documents} (a path under data/ to its text),
     * e.g. a case file. Checked by {@link BundleVerifier} like any other bundle.
     */
    public int writeTargets(List<Target> targets, Map<String, String> documents, Path out, Instant now) throws IOException, SQLException {
        Checkpoints.Stored checkpoint = coveringCheckpoint(now);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            EvidenceItems items = new EvidenceItems(ds, store);
            List<EvidenceItems.Item> included = new ArrayList<>();
            List<Entry> entries = new ArrayList<>();
            for (Target t : targets) {
                entries.addAll(entries(c, t.table(), t.id(), checkpoint.size()));
                if (t.table().equals("evidence_item")) {
                    included.add(items.item(c, t.id()));
                    for (EvidenceItems.Custody event : EvidenceItems.custody(c, t.id())) {
                        entries.addAll(entries(c, "custody_event", event.id(), checkpoint.size()));
                    }
                }
            }
            writeBag(c, checkpoint, included, entries, documents, out, new LinkedHashMap<>(), new long[] {0}, now);
            c.rollback();
            return entries.size();
        }
    }

    private void writeBag(Connection c, Checkpoints.Stored checkpoint, List<EvidenceItems.Item> included, List<Entry> entries,
            Map<String, String> documents, Path out, Map<String, String> payload, long[] octets, Instant now) throws IOException, SQLException {
        SignedNote note = SignedNote.parse(Checkpoints.latestWithCosignatures(c).orElseThrow());
        if (!note.text().equals(SignedNote.parse(checkpoint.note()).text())) note = SignedNote.parse(checkpoint.note());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Bag bag = new Bag(zip, payload, octets);
            bag.text("data/log/log.pub", signer.verifier().verifierKey() + "\n");
            bag.text("data/log/checkpoint", note.toString());
            for (Checkpoints.Stored earlier : Checkpoints.all(c)) {
                if (earlier.size() == 0 || earlier.size() >= checkpoint.size()) continue;
                bag.text("data/log/checkpoints/" + earlier.id(), earlier.note());
                bag.text("data/log/consistency/" + earlier.size(), ProofFiles.consistency(
                        Ledger.consistencyProof(new PgHashStore(c), earlier.size(), checkpoint.size())));
            }
            for (Entry e : entries) {
                String dir = "data/items/" + e.index() + "/";
                bag.bytes(dir + "leaf", e.leaf());
                bag.text(dir + "row.json", RowDigests.canonicalText(c, e.kind(), e.targetId(), "row"));
                TlogProof proof = TlogProof.of(null, Ledger.inclusionProof(new PgHashStore(c), e.index(), checkpoint.size()), note);
                bag.text(dir + "tlog-proof", proof.toString());
            }
            for (EvidenceItems.Item item : included) {
                String path = "data/evidence/" + item.id() + "/" + safeName(item.originalName());
                try (InputStream in = Files.newInputStream(store.path(item.sha256()))) {
                    String sha = bag.stream(path, in);
                    if (!sha.equals(item.sha256())) {
                        throw new IllegalStateException("evidence_item " + item.id() + ": the stored file " + store.path(item.sha256())
                                + " has SHA-256 " + sha + ", expected " + item.sha256() + "; run yadman log verify");
                    }
                }
            }
            for (Map.Entry<String, String> d : documents.entrySet()) bag.text(d.getKey(), d.getValue());
            for (Lang lang : Lang.values()) {
                bag.text(lang == Lang.EN ? "data/manifest.html" : "data/manifest." + lang.code() + ".html",
                        ManifestHtml.render(lang, included, entries, c, checkpoint, signer.verifier().verifierKey()));
            }
            bag.finish(now);
        }
    }

    /** The latest checkpoint if it covers the whole log, else a new one signed now. */
    private Checkpoints.Stored coveringCheckpoint(Instant now) throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<Checkpoints.Stored> all = Checkpoints.all(c);
            if (!all.isEmpty() && all.get(all.size() - 1).size() == Checkpoints.logSize(c)) return all.get(all.size() - 1);
        }
        return Checkpoints.signNow(ds, signer, now);
    }

    private static List<Entry> entries(Connection c, String table, long id, long size) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT idx, kind, leaf FROM ledger_entry WHERE target_table = ? AND target_id = ? AND idx < ? ORDER BY idx")) {
            s.setString(1, table);
            s.setLong(2, id);
            s.setLong(3, size);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(new Entry(r.getLong(1), EventKind.ofCode(r.getString(2)), id, r.getBytes(3)));
            }
        }
        return out;
    }

    /** A file name safe inside a zip on any system: letters, digits, dot, dash, underscore. */
    static String safeName(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        return safe.isEmpty() ? "file" : safe;
    }

    /** Writes zip entries and keeps the payload manifest; tag files last. */
    private static final class Bag {
        private final ZipOutputStream zip;
        private final Map<String, String> payload;
        private final long[] octets;

        Bag(ZipOutputStream zip, Map<String, String> payload, long[] octets) {
            this.zip = zip;
            this.payload = payload;
            this.octets = octets;
        }

        void text(String path, String text) throws IOException {
            bytes(path, text.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(String path, byte[] bytes) throws IOException {
            stream(path, new java.io.ByteArrayInputStream(bytes));
        }

        String stream(String path, InputStream in) throws IOException {
            zip.putNextEntry(new ZipEntry(path));
            MessageDigest sha = RowDigests.sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                octets[0] += n;
            }
            zip.closeEntry();
            String hex = HexFormat.of().formatHex(sha.digest());
            payload.put(path, hex);
            return hex;
        }

        void finish(Instant now) throws IOException {
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("bagit.txt", tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
            tags.put("bag-info.txt", tag("bag-info.txt", "Bagging-Date: " + now.toString().substring(0, 10) + "\n"
                    + "Payload-Oxum: " + octets[0] + "." + payload.size() + "\n"
                    + "External-Description: Yadman evidence bundle; check with: yadman verify BUNDLE.zip\n"));
            StringBuilder manifest = new StringBuilder();
            payload.forEach((path, sha) -> manifest.append(sha).append("  ").append(path).append('\n'));
            tags.put("manifest-sha256.txt", tag("manifest-sha256.txt", manifest.toString()));
            StringBuilder tagManifest = new StringBuilder();
            tags.forEach((path, sha) -> tagManifest.append(sha).append("  ").append(path).append('\n'));
            tag("tagmanifest-sha256.txt", tagManifest.toString());
        }

        private String tag(String path, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(path));
            zip.write(bytes);
            zip.closeEntry();
            return HexFormat.of().formatHex(RowDigests.sha256().digest(bytes));
        }
    }

}
