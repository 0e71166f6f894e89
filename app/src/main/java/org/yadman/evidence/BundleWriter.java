package org.yadman.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
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
import org.yadman.documents.Pdf;
import org.yadman.ledger.InclusionProof;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.TlogProof;
import org.yadman.web.Lang;

/**
 * {@code yadman bundle --evidence ID | --person ID | --act ID}: a BagIt 1.0 bag (zip) that a court
 * or an archive can check with {@link BundleVerifier} and nothing else. For every logged event
 * about what it holds ({@link BundleContents}): the leaf, the canonical row text the leaf digests,
 * and a tlog-proof to one signed checkpoint; for every row an import wrote (a record verbatim, an
 * assertion, a link), its text and audit path to the import's leaf; the evidence files; plus every earlier checkpoint
 * with a consistency proof to it, the log's public key, and a readable manifest.html (and manifest.fa.html in Persian),
 * each also as PDF.
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

    /** Writes the bag for evidence item {@code evidenceId} and its working copies; returns the number of logged items. */
    public int writeEvidence(long evidenceId, Path out, Instant now) throws IOException, SQLException {
        BundleContents contents;
        try (Connection c = ds.getConnection()) {
            contents = BundleContents.evidence(c, evidenceId);
        }
        return write(contents, out, now);
    }

    /**
     * Writes the bag for {@code contents} to {@code out}, every proof leading to one checkpoint
     * (the latest, or one signed now if the log grew since); returns the number of proved things
     * (leaves and rows).
     */
    public int write(BundleContents contents, Path out, Instant now) throws IOException, SQLException {
        Checkpoints.Stored checkpoint = coveringCheckpoint(now);
        Map<String, String> payload = new LinkedHashMap<>(); // path -> sha256, in write order
        long[] octets = {0};
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            BundleProofs proofs = BundleProofs.resolve(c, contents, new EvidenceItems(ds, store), checkpoint.size());
            List<Entry> entries = new ArrayList<>(proofs.entries.values());
            SignedNote note = SignedNote.parse(Checkpoints.latestWithCosignatures(c).orElseThrow());
            if (!note.text().equals(SignedNote.parse(checkpoint.note()).text())) note = SignedNote.parse(checkpoint.note());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
                Bag bag = new Bag(zip, payload, octets, now);
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
                for (BundleProofs.ProvedRow p : proofs.rows) {
                    String dir = rowDir(p);
                    bag.text(dir + "row.txt", p.row().text());
                    bag.text(dir + "proof", ProofFiles.row(new ProofFiles.RowProof(p.leafIndex(), p.part(),
                            new InclusionProof(p.row().index(), p.row().size(), p.row().path()))));
                    if (p.part().equals("records")) bag.text(dir + "raw.json", RecordText.fields(p.row().text()).get(RAW_FIELD));
                }
                for (EvidenceItems.Item item : proofs.items) {
                    String path = "data/evidence/" + item.id() + "/" + safeName(item.originalName());
                    try (InputStream in = Files.newInputStream(store.path(item.sha256()))) {
                        String sha = bag.stream(path, in);
                        if (!sha.equals(item.sha256())) {
                            throw new IllegalStateException("evidence_item " + item.id() + ": the stored file " + store.path(item.sha256())
                                    + " has SHA-256 " + sha + ", expected " + item.sha256() + "; run yadman log verify");
                        }
                    }
                }
                for (var document : contents.documents.entrySet()) bag.bytes(document.getKey(), document.getValue());
                List<ManifestHtml.Section> sections = ManifestSections.of(c, contents, proofs);
                for (Lang lang : Lang.values()) {
                    String name = lang == Lang.EN ? "data/manifest" : "data/manifest." + lang.code();
                    String html = ManifestHtml.render(lang, contents.heading.apply(lang), proofs.items, entries, sections, proofs.missing,
                            c, checkpoint, signer.verifier().verifierKey());
                    bag.text(name + ".html", html);
                    bag.bytes(name + ".pdf", Pdf.render(html, now));
                }
                bag.finish(now);
            }
            c.rollback();
            return entries.size() + proofs.rows.size();
        }
    }

    /** Field of a source_record's record text that holds its raw JSON (id, source_id, import_id, record_key, row_number, raw, ...). */
    static final int RAW_FIELD = 5;

    static String rowDir(BundleProofs.ProvedRow p) {
        return "data/rows/" + p.leafIndex() + "/" + p.part() + "/" + p.row().id() + "/";
    }

    /** The latest checkpoint if it covers the whole log, else a new one signed now. */
    private Checkpoints.Stored coveringCheckpoint(Instant now) throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<Checkpoints.Stored> all = Checkpoints.all(c);
            if (!all.isEmpty() && all.get(all.size() - 1).size() == Checkpoints.logSize(c)) return all.get(all.size() - 1);
        }
        return Checkpoints.signNow(ds, signer, now);
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

        private final long time;

        /** Every entry is dated {@code now}, so the same contents at the same time give the same zip. */
        Bag(ZipOutputStream zip, Map<String, String> payload, long[] octets, Instant now) {
            this.zip = zip;
            this.time = now.toEpochMilli();
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
            zip.putNextEntry(entry(path));
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

        private ZipEntry entry(String path) {
            ZipEntry e = new ZipEntry(path);
            e.setTime(time);
            return e;
        }

        private String tag(String path, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            zip.putNextEntry(entry(path));
            zip.write(bytes);
            zip.closeEntry();
            return HexFormat.of().formatHex(RowDigests.sha256().digest(bytes));
        }
    }

}
