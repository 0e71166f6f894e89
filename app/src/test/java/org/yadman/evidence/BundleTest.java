package org.yadman.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Hash;
import org.yadman.ledger.SignedNote;

/** A bundle verifies with no database, and each kind of tampering is named, even when the manifests are redone to match. */
class BundleTest {
    @TempDir Path dir;

    private Path bundle(LogFixture f) throws Exception {
        f.sign(LogFixture.T0); // an earlier checkpoint, so the bundle carries a consistency proof
        long copy = f.items.deriveWorkingCopy(f.evidenceId, new ByteArrayInputStream("a photograph, redacted".getBytes()), "faces blurred",
                "investigator1", LogFixture.T0.plusSeconds(60));
        f.items.recordCustody(f.evidenceId, "exported", "investigator1", LogFixture.T0.plusSeconds(120), "to the tribunal");
        assertThat(copy).isEqualTo(2);
        Path zip = dir.resolve("bundle.zip");
        int events = new BundleWriter(f.db.dataSource(), f.store, f.signer).writeEvidence(f.evidenceId, zip, LogFixture.T0.plusSeconds(180));
        assertThat(events).as("item 1 added, received, copied, exported; its working copy added").isEqualTo(5);
        return zip;
    }

    @Test
    void aGoodBundleVerifiesOfflineAndAgainstAnEarlierCheckpoint() throws Exception {
        Path zip;
        String earlier;
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            zip = bundle(f);
            earlier = f.db.jdbi().withHandle(h -> h.createQuery("SELECT note FROM checkpoint ORDER BY id LIMIT 1").mapTo(String.class).one());
        }
        BundleVerifier.Report report = BundleVerifier.verify(zip, null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.items()).isEqualTo(5);
        assertThat(BundleVerifier.verify(zip, earlier).problems()).isEmpty();
        Map<String, byte[]> files = read(zip);
        assertThat(files).containsKeys("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt", "data/manifest.html",
                "data/log/log.pub", "data/log/checkpoint", "data/evidence/1/photo.jpg", "data/evidence/2/photo.jpg");
        String html = new String(files.get("data/manifest.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("photo.jpg").contains("Witness A").contains("to the tribunal").contains("Working copy of");
        String fa = new String(files.get("data/manifest.fa.html"), StandardCharsets.UTF_8);
        assertThat(fa).contains("dir=\"rtl\"").contains("زنجیرهٔ نگهداری").contains("Witness A").contains("نسخهٔ کاری مدرک ۱");
        assertThat(pdfText(files.get("data/manifest.pdf"))).contains("photo.jpg").contains("Witness A").contains("to the tribunal")
                .contains("Custody");
        assertThat(pdfText(files.get("data/manifest.fa.pdf"))).contains("نگهداری").contains("Witness A").contains("بستهٔ مدارک".substring(0, 4));
    }

    @Test
    void theSameBundleAtTheSameTimeIsTheSameFile() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            Path first = bundle(f);
            Path second = dir.resolve("again.zip");
            new BundleWriter(f.db.dataSource(), f.store, f.signer).writeEvidence(f.evidenceId, second, LogFixture.T0.plusSeconds(180));
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        }
    }

    @Test
    void aChangedPdfManifestIsNamed() throws Exception {
        Path zip = goodBundle();
        Path bad = rewrite(zip, m -> m.get("data/manifest.fa.pdf")[200] ^= 1, false);
        assertThat(BundleVerifier.verify(bad, null).problems()).singleElement().asString()
                .contains("data/manifest.fa.pdf").contains("the file was changed");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    @Test
    void oneChangedByteOfAFileIsNamed() throws Exception {
        Path zip = goodBundle();
        Path bad = rewrite(zip, m -> m.get("data/evidence/1/photo.jpg")[0] ^= 1, false);
        assertThat(BundleVerifier.verify(bad, null).problems()).first().asString()
                .contains("data/evidence/1/photo.jpg").contains("the file was changed");
        Path redone = rewrite(zip, m -> m.get("data/evidence/1/photo.jpg")[0] ^= 1, true);
        assertThat(BundleVerifier.verify(redone, null).problems()).anySatisfy(p -> assertThat(p)
                .contains("data/evidence/1/photo.jpg has SHA-256").contains("the log has"));
    }

    @Test
    void aChangedProofIsNamed() throws Exception {
        Path zip = goodBundle();
        String item = read(zip).keySet().stream().filter(p -> p.endsWith("/tlog-proof")).findFirst().orElseThrow();
        Path bad = rewrite(zip, m -> {
            String proof = new String(m.get(item), StandardCharsets.UTF_8);
            String[] lines = proof.split("\n");
            String hash = lines[2];
            String changed = (hash.charAt(0) == 'A' ? 'B' : 'A') + hash.substring(1);
            m.put(item, proof.replaceFirst(java.util.regex.Pattern.quote(hash), changed).getBytes(StandardCharsets.UTF_8));
        }, true);
        assertThat(BundleVerifier.verify(bad, null).problems()).singleElement().asString().contains(item);
    }

    @Test
    void aChangedRowIsNamed() throws Exception {
        Path zip = goodBundle();
        String row = read(zip).keySet().stream().filter(p -> p.endsWith("/row.json")).findFirst().orElseThrow();
        Path bad = rewrite(zip, m -> m.put(row, new String(m.get(row), StandardCharsets.UTF_8).replace("Witness A", "Witness B")
                .replace("investigator1", "someone").getBytes(StandardCharsets.UTF_8)), true);
        assertThat(BundleVerifier.verify(bad, null).problems()).anySatisfy(p -> assertThat(p).contains("row.json does not match"));
    }

    @Test
    void aChangedCheckpointIsNamed() throws Exception {
        Path zip = goodBundle();
        Path bad = rewrite(zip, m -> m.put("data/log/checkpoint", new String(m.get("data/log/checkpoint"), StandardCharsets.UTF_8)
                .replaceFirst("\n(\\d+)\n", "\n99\n").getBytes(StandardCharsets.UTF_8)), true);
        assertThat(BundleVerifier.verify(bad, null).problems()).singleElement().asString()
                .contains("data/log/checkpoint").contains("not a checkpoint signed by the key");
    }

    private Path goodBundle() throws Exception {
        try (LogFixture f = new LogFixture(dir.resolve("data"))) {
            Path zip = bundle(f);
            forked = signed(f, 6, "22"); // the bundle's own size, another root
            forkedEarlier = signed(f, 3, "33"); // the earlier checkpoint's size, another root
            try (var c = f.db.dataSource().getConnection()) {
                assertThat(Checkpoints.logSize(c)).isEqualTo(6);
            }
            return zip;
        }
    }

    private String forked;
    private String forkedEarlier;

    private static String signed(LogFixture f, long size, String rootByte) {
        return SignedNote.sign(new Checkpoint(f.logKey.name(), size, Hash.fromHex(rootByte.repeat(32))).text(), List.of(f.signer)).toString();
    }

    @Test
    void aForkedCheckpointGivenWithTheLogKeyIsRefused() throws Exception {
        Path zip = goodBundle();
        assertThat(BundleVerifier.verify(zip, forked).problems()).singleElement().asString()
                .contains("--checkpoint").contains("same size as data/log/checkpoint but a different root: a fork");
        assertThat(BundleVerifier.verify(zip, forkedEarlier).problems()).singleElement().asString()
                .contains("--checkpoint").contains("not consistent with data/log/checkpoint (data/log/consistency/3)");
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) out.put(e.getName(), z.getInputStream(e).readAllBytes());
        }
        return out;
    }

    private Path rewrite(Path zip, Consumer<Map<String, byte[]>> edit, boolean redoManifests) throws IOException {
        return rewrite(dir, zip, edit, redoManifests);
    }

    /**
     * A copy of the bundle, in {@code dir}, with {@code edit} applied; with {@code redoManifests}
     * the BagIt manifests are recomputed to match (a tamperer who knows BagIt).
     */
    static Path rewrite(Path dir, Path zip, Consumer<Map<String, byte[]>> edit, boolean redoManifests) throws IOException {
        Map<String, byte[]> files = read(zip);
        edit.accept(files);
        if (redoManifests) {
            StringBuilder manifest = new StringBuilder();
            files.forEach((p, b) -> {
                if (p.startsWith("data/")) manifest.append(sha(b)).append("  ").append(p).append('\n');
            });
            files.put("manifest-sha256.txt", manifest.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder tags = new StringBuilder();
            for (String p : List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt")) tags.append(sha(files.get(p))).append("  ").append(p).append('\n');
            files.put("tagmanifest-sha256.txt", tags.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path out = Files.createTempFile(dir, "tampered-", ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out;
    }

    private static String sha(byte[] b) {
        return HexFormat.of().formatHex(RowDigests.sha256().digest(b));
    }
}
