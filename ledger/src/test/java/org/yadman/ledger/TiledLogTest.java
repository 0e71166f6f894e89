package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tessera testdata log (a real C2SP tlog-tiles log of 15 entries) read, verified and served
 * from its tiles; tampered copies in a temporary folder must fail with the file named; and a log
 * written by Yadman must be byte-identical to tessera's and verify.
 */
class TiledLogTest {
  Path log;
  JsonNode keys;
  NoteVerifier vkey;

  @BeforeEach
  void locate() {
    Path merkle = SharedData.merkle();
    log = merkle.resolve("tessera_testdata_log/testdata/log");
    for (JsonNode n : SharedData.json(merkle.resolve("signed_note_checkpoint_vectors.json")).get("vectors")) {
      if (n.get("id").asText().equals("tessera-testdata-checkpoints")) {
        keys = n;
      }
    }
    vkey = Ledger.noteVerifier(keys.get("vkey").asText());
  }

  @Test
  void tesseraLogVerifiesAgainstItsCheckpoint() throws VerificationException {
    SignedNote note = Ledger.verifyTiledLog(log, List.of(vkey));
    Checkpoint cp = Checkpoint.of(note);
    assertThat(cp.origin()).isEqualTo("example.com/log/testdata");
    assertThat(cp.size()).isEqualTo(15);
    List<String> entries = Ledger.readEntries(log, 15).stream()
        .map(e -> new String(e, StandardCharsets.UTF_8)).toList();
    List<String> want = new ArrayList<>();
    keys.get("leaves_utf8_in_order").forEach(n -> want.add(n.asText()));
    assertThat(entries).isEqualTo(want);
  }

  @Test
  void everyCheckpointRootComesFromItsOwnPartialTileAndEveryProofFromTheTiles() throws Exception {
    HashStore tiles15 = Ledger.tileHashStore(log, 15);
    List<Checkpoint> cps = new ArrayList<>();
    for (int n = 0; n <= 15; n++) {
      Checkpoint cp = Ledger.openCheckpoint(Files.readString(log.resolve("checkpoint." + n)),
          "example.com/log/testdata", vkey);
      assertThat(cp.size()).isEqualTo(n);
      assertThat(Ledger.rootAt(Ledger.tileHashStore(log, n), n)).as("root from tile/0/000.p/%d", n).isEqualTo(cp.root());
      assertThat(Ledger.rootAt(tiles15, n)).isEqualTo(cp.root());
      cps.add(cp);
    }
    List<byte[]> entries = Ledger.readEntries(log, 15);
    for (Checkpoint cp : cps) {
      for (long i = 0; i < cp.size(); i++) {
        Ledger.inclusionProof(tiles15, i, cp.size()).verify(Ledger.leafHash(entries.get((int) i)), cp.root());
      }
      for (Checkpoint later : cps.subList((int) Math.max(1, cp.size()), cps.size())) {
        if (cp.size() > 0) {
          Ledger.consistencyProof(tiles15, cp.size(), later.size()).verify(cp.root(), later.root());
        }
      }
    }
  }

  @Test
  void writingTheSameEntriesWithTheSameKeyGivesTesseraBytes(@TempDir Path out) throws Exception {
    MerkleTree tree = Ledger.newTree();
    List<byte[]> entries = Ledger.readEntries(log, 15);
    entries.forEach(tree::append);
    SignedNote cp = Ledger.signCheckpoint("example.com/log/testdata", tree, Ledger.noteSigner(keys.get("skey").asText()));
    Ledger.writeTiledLog(out, tree, entries, cp);
    for (String f : List.of("checkpoint", "tile/0/000.p/15", "tile/entries/000.p/15")) {
      assertThat(Files.readAllBytes(out.resolve(f))).as(f).isEqualTo(Files.readAllBytes(log.resolve(f)));
    }
    Ledger.verifyTiledLog(out, List.of(vkey));
  }

  @Test
  void aFlippedBitInAHashTileIsFoundAndNamed(@TempDir Path copy) throws Exception {
    copyLog(copy);
    Path tile = copy.resolve("tile/0/000.p/15");
    byte[] b = Files.readAllBytes(tile);
    b[5 * 32 + 3] ^= 1;
    Files.write(tile, b);
    assertThatThrownBy(() -> Ledger.verifyTiledLog(copy, List.of(vkey)))
        .isInstanceOf(VerificationException.class).hasMessageStartingWith("tile/0/000.p/15 hash 5 is");
  }

  @Test
  void aChangedEntryGivesAnotherRoot(@TempDir Path copy) throws Exception {
    copyLog(copy);
    Path bundle = copy.resolve("tile/entries/000.p/15");
    byte[] b = Files.readAllBytes(bundle);
    b[3] = 'O'; // "one" -> "One"
    Files.write(bundle, b);
    assertThatThrownBy(() -> Ledger.verifyTiledLog(copy, List.of(vkey)))
        .isInstanceOf(VerificationException.class).hasMessageContaining("the checkpoint says");
  }

  @Test
  void aMissingTileIsNamed(@TempDir Path copy) throws Exception {
    copyLog(copy);
    Files.delete(copy.resolve("tile/0/000.p/15"));
    assertThatThrownBy(() -> Ledger.verifyTiledLog(copy, List.of(vkey)))
        .isInstanceOf(VerificationException.class).hasMessageContaining("tile tile/0/000.p/15 is missing");
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsRefused() {
    NoteVerifier other = Ledger.noteVerifier("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
    assertThatThrownBy(() -> Ledger.verifyTiledLog(log, List.of(other)))
        .isInstanceOf(VerificationException.class).hasMessageContaining("no verifiable signatures");
  }

  @Test
  void aLogOf70000EntriesWithThreeTileLevelsRoundTripsAndServesProofs(@TempDir Path out) throws Exception {
    MerkleTree tree = Ledger.newTree();
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < 70000; i++) {
      byte[] e = ("entry " + i).getBytes(StandardCharsets.UTF_8);
      entries.add(e);
      tree.append(e);
    }
    NoteSigner signer = Ledger.noteSigner(keys.get("skey").asText());
    Ledger.writeTiledLog(out, tree, entries, Ledger.signCheckpoint("example.com/log/testdata", tree, signer));
    assertThat(out.resolve("tile/0/272")).exists();
    assertThat(out.resolve("tile/0/273.p/112")).exists();
    assertThat(out.resolve("tile/1/000")).exists();
    assertThat(out.resolve("tile/1/001.p/17")).exists();
    assertThat(out.resolve("tile/2/000.p/1")).exists();
    Ledger.verifyTiledLog(out, List.of(vkey));
    HashStore tiles = Ledger.tileHashStore(out, 70000);
    for (long size : new long[] {1, 255, 256, 257, 65535, 65536, 65537, 69999, 70000}) {
      assertThat(Ledger.rootAt(tiles, size)).isEqualTo(tree.rootAt(size));
      for (long i : new long[] {0, size / 3, size - 1}) {
        assertThat(Ledger.inclusionProof(tiles, i, size)).isEqualTo(tree.inclusionProof(i, size));
      }
      assertThat(Ledger.consistencyProof(tiles, 1 + size / 2, size)).isEqualTo(tree.consistencyProof(1 + size / 2, size));
    }
    // At size 69000 tile/0/269 had width 136 and tile/1/001 width 13; only the full tile/0/269
    // and tile/1/001.p/17 exist now, and a reader takes the prefix of those instead.
    assertThat(out.resolve("tile/0/269.p/136")).doesNotExist();
    assertThat(Ledger.rootAt(Ledger.tileHashStore(out, 69000), 69000)).isEqualTo(tree.rootAt(69000));
    List<byte[]> older = Ledger.readEntries(out, 69000);
    assertThat(older).hasSize(69000);
    assertThat(older.get(68999)).isEqualTo(entries.get(68999));
  }

  @Test
  void growingALogWritesOnlyTheGrownTilesAndStillVerifies(@TempDir Path out) throws Exception {
    NoteSigner signer = Ledger.noteSigner(keys.get("skey").asText());
    MerkleTree tree = Ledger.newTree();
    List<byte[]> entries = new ArrayList<>();
    long written = 0;
    for (int step : new int[] {1, 254, 1, 1, 300, 65000, 1000}) {
      for (int i = 0; i < step; i++) {
        byte[] e = ("e" + entries.size()).getBytes(StandardCharsets.UTF_8);
        entries.add(e);
        tree.append(e);
      }
      Ledger.writeTiledLog(out, tree, written, entries, Ledger.signCheckpoint("example.com/log/testdata", tree, signer));
      written = tree.size();
      assertThat(Checkpoint.of(Ledger.verifyTiledLog(out, List.of(vkey))).size()).isEqualTo(written);
    }
  }

  private void copyLog(Path to) throws IOException {
    try (Stream<Path> files = Files.walk(log)) {
      for (Path p : files.toList()) {
        Path dst = to.resolve(log.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(p, dst);
          dst.toFile().setWritable(true);
        }
      }
    }
  }
}
