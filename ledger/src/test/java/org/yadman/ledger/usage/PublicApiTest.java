package org.yadman.ledger.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.ledger.Checkpoint;
import org.yadman.ledger.Hash;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.MerkleTree;
import org.yadman.ledger.NoteSignature;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.NoteVerifier;
import org.yadman.ledger.SignedNote;
import org.yadman.ledger.TlogProof;

/**
 * The whole life of a log through the public API only, from outside the package: this test
 * failing to compile means the API changed. Needs no external files.
 */
class PublicApiTest {
  static final String ORIGIN = "yadman.example/ledger";

  @Test
  void appendSignCosignProveServeAndVerifyOffline(@TempDir Path dir) throws Exception {
    SecureRandom random = new SecureRandom();
    NoteSigner log = Ledger.noteSigner(Ledger.newSignerKey(ORIGIN, random));
    String witnessKey = Ledger.newSignerKey("witness.example", random);
    NoteSigner witness = Ledger.cosigner(witnessKey, Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC));
    NoteVerifier logKey = Ledger.noteVerifier(log.verifier().verifierKey());
    NoteVerifier witnessVerifier = Ledger.cosignatureVerifier(Ledger.noteSigner(witnessKey).verifier().verifierKey());

    MerkleTree tree = Ledger.newTree();
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      byte[] e = ("{\"event\":\"evidence.added\",\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8);
      entries.add(e);
      assertThat(tree.append(e)).isEqualTo(i);
    }
    SignedNote older = Ledger.signCheckpoint(ORIGIN, tree, log);
    for (int i = 1000; i < 1500; i++) {
      byte[] e = ("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8);
      entries.add(e);
      tree.append(e);
    }
    SignedNote newer = Ledger.signCheckpoint(ORIGIN, tree, log).addSignature(witness);

    // A court holds the older checkpoint and receives a proof file for entry 42.
    TlogProof proof = TlogProof.of(null, tree.inclusionProof(42, tree.size()), newer);
    TlogProof received = TlogProof.parse(proof.toString());
    List<NoteSignature> cosigs = received.verify(Ledger.leafHash(entries.get(42)), ORIGIN, logKey, List.of(witnessVerifier));
    assertThat(cosigs).extracting(NoteSignature::name).containsExactly("witness.example");

    Checkpoint a = Ledger.openCheckpoint(older.toString(), ORIGIN, logKey);
    Checkpoint b = Ledger.openCheckpoint(newer.toString(), ORIGIN, logKey);
    tree.consistencyProof(a.size(), b.size()).verify(a.root(), b.root());

    // The same log served as C2SP tiles verifies from the directory alone.
    Ledger.writeTiledLog(dir, tree, entries, newer);
    assertThat(Checkpoint.of(Ledger.verifyTiledLog(dir, List.of(logKey)))).isEqualTo(b);
    Hash fromTiles = Ledger.rootAt(Ledger.tileHashStore(dir, b.size()), a.size());
    assertThat(fromTiles).isEqualTo(a.root());
  }
}
