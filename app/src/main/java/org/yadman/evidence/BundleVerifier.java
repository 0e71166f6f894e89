package org.yadman.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.ConsistencyProof;
import org.yadman.ledger.Hash;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteVerifier;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.TlogProof;
import org.yadman.ledger.VerificationException;

/**
 * {@code yadman verify BUNDLE.zip [--checkpoint FILE]}: checks a bundle made by {@link BundleWriter}
 * with no database and no network: the BagIt manifests, every file's SHA-256, every leaf against
 * the row text and file it commits to, every tlog-proof against the bundle's signed checkpoint,
 * every earlier checkpoint's consistency with it, and optionally a checkpoint obtained elsewhere.
 * Every problem names the file inside the bundle.
 */
public final class BundleVerifier {
    /** What was checked; {@code ok()} when nothing failed. */
    public record Report(int items, long files, Checkpoint checkpoint, String logKey, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> actual = new TreeMap<>(); // path -> SHA-256 computed here
    private final Map<String, byte[]> small = new HashMap<>(); // non-evidence files, kept for the checks below

    private BundleVerifier() {}

    public static Report verify(Path bundle, String externalCheckpoint) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            return new BundleVerifier().run(zip, externalCheckpoint);
        }
    }

    private Report run(ZipFile zip, String externalCheckpoint) throws IOException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (e.isDirectory()) continue;
            if (e.getName().startsWith("/") || e.getName().contains("..") || actual.containsKey(e.getName())) {
                problems.add(e.getName() + ": unsafe or repeated path");
                continue;
            }
            hash(zip, e);
        }
        checkBagit();
        String keyText = text("data/log/log.pub");
        String noteText = text("data/log/checkpoint");
        if (keyText == null || noteText == null) return report(0, null, keyText);
        NoteVerifier key;
        Checkpoint cp;
        try {
            key = Ledger.noteVerifier(keyText.strip());
            cp = Ledger.openCheckpoint(noteText, key.name(), key);
        } catch (VerificationException | IllegalArgumentException e) {
            problems.add("data/log/checkpoint: not a checkpoint signed by the key in data/log/log.pub: " + e.getMessage());
            return report(0, null, keyText);
        }
        for (String path : actual.keySet()) {
            if (path.startsWith("data/log/checkpoints/")) checkEarlier(path, key, cp);
        }
        if (externalCheckpoint != null) checkExternal(externalCheckpoint, key, cp);
        int items = 0;
        for (String path : actual.keySet()) {
            if (path.startsWith("data/items/") && path.endsWith("/leaf")) {
                items++;
                checkItem(path.substring(0, path.length() - "leaf".length()), key, cp, noteText);
            }
        }
        for (String path : actual.keySet()) {
            if (path.startsWith("data/rows/") && path.endsWith("/row.txt")) {
                items++;
                checkRow(path.substring(0, path.length() - "row.txt".length()));
            }
        }
        return report(items, cp, keyText.strip());
    }

    /**
     * A row an import wrote: its text's audit path must lead to the root in the named part of the
     * leaf in data/items/L (that leaf's own tlog-proof is checked with the items); a record's
     * raw.json must be the raw field of its text.
     */
    private void checkRow(String dir) {
        try {
            String[] path = dir.split("/"); // data, rows, L, part, id
            if (path.length != 5) throw new VerificationException("not data/rows/LEAF/PART/ID/");
            String text = text(dir + "row.txt");
            String proofText = text(dir + "proof");
            if (text == null || proofText == null) return;
            ProofFiles.RowProof proof = ProofFiles.parseRow(proofText);
            if (!String.valueOf(proof.leaf()).equals(path[2]) || !proof.part().equals(path[3])) {
                throw new VerificationException("the proof is for leaf " + proof.leaf() + " part " + proof.part());
            }
            if (RowDigests.rowId(text) != Long.parseLong(path[4])) throw new VerificationException(dir + "row.txt is not row " + path[4]);
            byte[] leafBytes = small.get("data/items/" + proof.leaf() + "/leaf");
            if (leafBytes == null) throw new VerificationException("data/items/" + proof.leaf() + "/leaf, which the proof leads to, is missing");
            String root = LeafRecord.parse(leafBytes).part(proof.part());
            if (root == null) throw new VerificationException("leaf " + proof.leaf() + " has no part " + proof.part());
            try {
                proof.path().verify(RowTree.leafHash(text), Hash.fromHex(root));
            } catch (VerificationException e) {
                throw new VerificationException(dir + "row.txt is not the row the log committed to (" + dir + "proof: " + e.getMessage() + ")", e);
            }
            if (small.containsKey(dir + "raw.json")) {
                String raw = text(dir + "raw.json");
                if (!raw.equals(RecordText.fields(text).get(BundleWriter.RAW_FIELD))) {
                    throw new VerificationException(dir + "raw.json differs from the raw field of " + dir + "row.txt");
                }
            }
        } catch (VerificationException | IllegalArgumentException | IndexOutOfBoundsException e) {
            problems.add(dir + ": " + e.getMessage());
        }
    }

    private Report report(int items, Checkpoint cp, String key) {
        return new Report(items, actual.size(), cp, key, List.copyOf(problems));
    }

    private void hash(ZipFile zip, ZipEntry e) throws IOException {
        MessageDigest sha = RowDigests.sha256();
        boolean keep = !e.getName().startsWith("data/evidence/");
        java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
        try (InputStream in = zip.getInputStream(e)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                if (keep) kept.write(buffer, 0, n);
            }
        }
        actual.put(e.getName(), HexFormat.of().formatHex(sha.digest()));
        if (keep) small.put(e.getName(), kept.toByteArray());
    }

    private String text(String path) {
        byte[] bytes = small.get(path);
        if (bytes == null) {
            problems.add(path + ": missing from the bundle");
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void checkBagit() {
        String bagit = text("bagit.txt");
        if (bagit != null && !bagit.startsWith("BagIt-Version: 1.0\n")) problems.add("bagit.txt: not a BagIt 1.0 bag");
        checkManifest("tagmanifest-sha256.txt", false);
        checkManifest("manifest-sha256.txt", true);
    }

    private void checkManifest(String manifest, boolean payload) {
        String text = text(manifest);
        if (text == null) return;
        Map<String, String> listed = new HashMap<>();
        int line = 0;
        for (String l : text.split("\n")) {
            line++;
            String[] parts = l.split(" {2}", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                problems.add(manifest + " line " + line + ": not \"SHA256  PATH\"");
                continue;
            }
            listed.put(parts[1], parts[0]);
            String sha = actual.get(parts[1]);
            if (sha == null) problems.add(parts[1] + ": listed in " + manifest + " but missing from the bundle");
            else if (!sha.equals(parts[0])) {
                problems.add(parts[1] + ": SHA-256 is " + sha + ", " + manifest + " says " + parts[0] + ": the file was changed");
            }
        }
        if (payload) {
            for (String path : actual.keySet()) {
                if (path.startsWith("data/") && !listed.containsKey(path)) problems.add(path + ": not listed in " + manifest);
            }
        }
    }

    private void checkEarlier(String path, NoteVerifier key, Checkpoint cp) {
        try {
            Checkpoint earlier = Ledger.openCheckpoint(text(path), key.name(), key);
            String proofPath = "data/log/consistency/" + earlier.size();
            String proof = small.containsKey(proofPath) ? text(proofPath) : null;
            if (proof == null) throw new VerificationException("no consistency proof " + proofPath);
            consistent(earlier, cp, proofPath);
        } catch (VerificationException | IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
        }
    }

    private void checkExternal(String note, NoteVerifier key, Checkpoint cp) {
        try {
            Checkpoint given = Ledger.openCheckpoint(note, key.name(), key);
            if (given.size() > cp.size()) {
                throw new VerificationException("it is for size " + given.size() + ", newer than the bundle's checkpoint (size " + cp.size()
                        + "); ask for a newer bundle");
            }
            consistent(given, cp, "data/log/consistency/" + given.size());
        } catch (VerificationException | IllegalArgumentException e) {
            problems.add("--checkpoint: " + e.getMessage());
        }
    }

    /** Checks that {@code earlier} is a prefix of {@code cp}, with the proof at {@code proofPath} when the sizes differ. */
    private void consistent(Checkpoint earlier, Checkpoint cp, String proofPath) throws VerificationException {
        if (earlier.size() == cp.size()) {
            if (!earlier.root().equals(cp.root())) throw new VerificationException("same size as data/log/checkpoint but a different root: a fork");
            return;
        }
        byte[] proof = small.get(proofPath);
        if (proof == null) throw new VerificationException("the bundle has no consistency proof " + proofPath);
        ConsistencyProof p;
        try {
            p = ProofFiles.parseConsistency(new String(proof, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new VerificationException(proofPath + ": " + e.getMessage(), e);
        }
        if (p.size1() != earlier.size() || p.size2() != cp.size()) throw new VerificationException(proofPath + ": proof is for other sizes");
        try {
            p.verify(earlier.root(), cp.root());
        } catch (VerificationException e) {
            throw new VerificationException("not consistent with data/log/checkpoint (" + proofPath + "): " + e.getMessage(), e);
        }
    }

    private void checkItem(String dir, NoteVerifier key, Checkpoint cp, String note) {
        try {
            byte[] leafBytes = small.get(dir + "leaf");
            LeafRecord leaf = LeafRecord.parse(leafBytes);
            String proofText = text(dir + "tlog-proof");
            String row = text(dir + "row.json");
            if (proofText == null || row == null) return;
            TlogProof proof = TlogProof.parse(proofText);
            if (!(dir).equals("data/items/" + proof.index() + "/")) throw new VerificationException("the proof is for leaf " + proof.index());
            if (!proof.checkpoint().text().equals(SignedNote.parse(note).text())) {
                throw new VerificationException("the proof leads to another checkpoint than data/log/checkpoint");
            }
            try {
                proof.verify(Ledger.leafHash(leafBytes), cp.origin(), key, List.of());
            } catch (VerificationException e) {
                throw new VerificationException(dir + "tlog-proof: " + e.getMessage(), e);
            }
            String rowSha = HexFormat.of().formatHex(RowDigests.sha256().digest(row.getBytes(StandardCharsets.UTF_8)));
            if (!rowSha.equals(leaf.part("row"))) throw new VerificationException(dir + "row.json does not match the row digest in the leaf");
            JsonNode json = new ObjectMapper().readTree(row);
            if (json.path("id").asLong(-1) != leaf.id()) throw new VerificationException(dir + "row.json is not " + leaf.table() + " " + leaf.id());
            if (leaf.part("content") != null) checkContent(leaf);
        } catch (VerificationException | IllegalArgumentException | IOException e) {
            problems.add(dir + ": " + e.getMessage());
        }
    }

    private void checkContent(LeafRecord leaf) throws VerificationException {
        String prefix = "data/evidence/" + leaf.id() + "/";
        List<String> files = actual.keySet().stream().filter(p -> p.startsWith(prefix)).toList();
        if (files.size() != 1) throw new VerificationException(prefix + " should hold exactly the one file of " + leaf.table() + " " + leaf.id());
        if (!actual.get(files.get(0)).equals(leaf.part("content"))) {
            throw new VerificationException(files.get(0) + " has SHA-256 " + actual.get(files.get(0)) + ", the log has " + leaf.part("content"));
        }
    }
}
