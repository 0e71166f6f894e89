package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of {@code shared/data/merkle/signed_note_checkpoint_vectors.json}. */
class SignedNoteVectorsTest {
  static JsonNode all;

  @BeforeAll
  static void load() {
    all = SharedData.json(SharedData.merkle().resolve("signed_note_checkpoint_vectors.json"));
  }

  static JsonNode vector(String id) {
    for (JsonNode n : all.get("vectors")) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no vector " + id);
  }

  static List<String> names(List<NoteSignature> sigs) {
    return sigs.stream().map(NoteSignature::name).toList();
  }

  @Test
  void c2spSpecExampleVerifiesAndRoundTrips() throws VerificationException {
    JsonNode v = vector("c2sp-signed-note-example");
    SignedNote note = SignedNote.parse(v.get("note").asText());
    assertThat(note.text()).isEqualTo(v.get("expect_text").asText());
    assertThat(names(note.verify(List.of(Ledger.noteVerifier(v.get("vkey").asText())))))
        .containsExactly("example.com/foo");
    assertThat(note.toString()).isEqualTo(v.get("note").asText());
    assertThat(Ledger.noteVerifier(v.get("vkey").asText()).verifierKey()).isEqualTo(v.get("vkey").asText());
  }

  @Test
  void golangSignerKeyReproducesTheExpectedSignatureByteForByte() {
    JsonNode v = vector("golang-mod-note-peterneumann");
    NoteSigner peter = Ledger.noteSigner(v.get("skey").asText());
    assertThat(peter.verifier().verifierKey()).isEqualTo(v.get("vkey").asText());
    assertThat(SignedNote.sign(v.get("text").asText(), List.of(peter)).toString())
        .isEqualTo(v.get("expected_sign_output").asText());
  }

  @Test
  void twoSignaturesWithOnlyPeterKnownVerifyPeterAndKeepEnochUnverified() throws VerificationException {
    JsonNode v = vector("golang-mod-note-peterneumann");
    SignedNote note = SignedNote.parse(v.get("two_sig_note").asText());
    assertThat(names(note.verify(List.of(Ledger.noteVerifier(v.get("vkey").asText())))))
        .containsExactly("PeterNeumann");
    assertThat(names(note.signatures())).containsExactly("PeterNeumann", "EnochRoot");
    assertThat(note.toString()).isEqualTo(v.get("two_sig_note").asText());
  }

  @Test
  void twoSignaturesWithBothKnownVerifyBoth() throws VerificationException {
    JsonNode v = vector("golang-mod-note-peterneumann");
    SignedNote note = SignedNote.parse(v.get("two_sig_note").asText());
    assertThat(names(note.verify(List.of(Ledger.noteVerifier(v.get("vkey").asText()),
        Ledger.noteVerifier(v.get("other_vkey").asText()))))).containsExactly("PeterNeumann", "EnochRoot");
  }

  @Test
  void noKnownKeysMeansNoVerifiableSignatures() {
    JsonNode v = vector("golang-mod-note-peterneumann");
    SignedNote note = SignedNote.parse(v.get("two_sig_note").asText());
    assertThatThrownBy(() -> note.verify(List.of()))
        .isInstanceOf(VerificationException.class).hasMessageContaining("no verifiable signatures");
  }

  @Test
  void peterSignatureWithAbcdInsertedAtChar60IsAnInvalidSignatureNotAnUnknownOne() {
    JsonNode v = vector("golang-mod-note-peterneumann");
    String good = v.get("expected_sign_output").asText();
    int sigStart = good.indexOf("PeterNeumann ") + "PeterNeumann ".length();
    String bad = good.substring(0, sigStart + 60) + "ABCD" + good.substring(sigStart + 60);
    SignedNote note = SignedNote.parse(bad);
    assertThatThrownBy(() -> note.verify(List.of(Ledger.noteVerifier(v.get("vkey").asText()))))
        .isInstanceOf(VerificationException.class)
        .hasMessage("invalid signature for key PeterNeumann+c74f20a3");
    String badText = good.substring(0, 60) + "ABCD" + good.substring(60);
    assertThatThrownBy(() -> SignedNote.parse(badText).verify(List.of(Ledger.noteVerifier(v.get("vkey").asText()))))
        .isInstanceOf(VerificationException.class)
        .hasMessage("invalid signature for key PeterNeumann+c74f20a3");
  }

  @Test
  void oneHundredSignaturesParseButOneHundredAndOneAreMalformed() {
    JsonNode v = vector("golang-mod-note-peterneumann");
    String good = v.get("expected_sign_output").asText();
    String line = good.substring(good.indexOf("\u2014"));
    String text = v.get("text").asText() + "\n";
    assertThat(SignedNote.parse(text + line.repeat(100)).signatures()).hasSize(100);
    assertThatThrownBy(() -> SignedNote.parse(text + line.repeat(101)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 100 signatures");
  }

  @Test
  void repeatedSignaturesByOneKeyCountOnce() throws VerificationException {
    JsonNode v = vector("golang-mod-note-peterneumann");
    String good = v.get("expected_sign_output").asText();
    String line = good.substring(good.indexOf("\u2014"));
    SignedNote note = SignedNote.parse(good + line);
    assertThat(note.verify(List.of(Ledger.noteVerifier(v.get("vkey").asText())))).hasSize(1);
  }

  static Stream<Arguments> badVkeys() {
    Path dir = SharedData.merkleOrNull();
    if (dir == null) {
      return Stream.of(Arguments.of("skipped: shared vectors absent"));
    }
    JsonNode all = SharedData.json(dir.resolve("signed_note_checkpoint_vectors.json"));
    List<Arguments> out = new ArrayList<>();
    for (JsonNode n : all.get("vectors")) {
      if (n.has("bad_vkeys_must_reject")) {
        n.get("bad_vkeys_must_reject").forEach(k -> out.add(Arguments.of(k.asText())));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "bad verifier key is refused: {0}")
  @MethodSource("badVkeys")
  void badVerifierKeysAreRefused(String vkey) {
    SharedData.merkle();
    assertThatThrownBy(() -> Ledger.noteVerifier(vkey)).isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Arguments> tesseraCheckpoints() {
    Path dir = SharedData.merkleOrNull();
    if (dir == null) {
      return Stream.of(Arguments.of("skipped", null));
    }
    JsonNode all = SharedData.json(dir.resolve("signed_note_checkpoint_vectors.json"));
    for (JsonNode n : all.get("vectors")) {
      if (n.get("id").asText().equals("tessera-testdata-checkpoints")) {
        List<Arguments> out = new ArrayList<>();
        n.get("checkpoints").fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue().asText())));
        return out.stream();
      }
    }
    throw new AssertionError("no tessera vector");
  }

  @ParameterizedTest(name = "tessera checkpoint.{0}: signature verifies, size and MTH of the first leaves match, re-signing is byte-exact")
  @MethodSource("tesseraCheckpoints")
  void tesseraCheckpoint(String n, String text) throws VerificationException {
    SharedData.merkle();
    JsonNode v = vector("tessera-testdata-checkpoints");
    NoteVerifier key = Ledger.noteVerifier(v.get("vkey").asText());
    Checkpoint cp = Ledger.openCheckpoint(text, v.get("origin").asText(), key);
    assertThat(cp.size()).isEqualTo(Long.parseLong(n));
    MerkleTree t = Ledger.newTree();
    for (int i = 0; i < cp.size(); i++) {
      t.append(v.get("leaves_utf8_in_order").get(i).asText().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(cp.root()).isEqualTo(t.root());
    NoteSigner signer = Ledger.noteSigner(v.get("skey").asText());
    assertThat(Ledger.signCheckpoint(v.get("origin").asText(), t, signer).toString()).isEqualTo(text);
  }

  static Stream<Arguments> tesseraNegative() {
    Path dir = SharedData.merkleOrNull();
    if (dir == null) {
      return Stream.of(Arguments.of("skipped", null));
    }
    JsonNode all = SharedData.json(dir.resolve("signed_note_checkpoint_vectors.json"));
    List<Arguments> out = new ArrayList<>();
    for (JsonNode n : all.get("vectors")) {
      if (n.has("negative")) {
        n.get("negative").forEach(x -> out.add(Arguments.of(x.get("what").asText() + ": " + x.get("expect").asText(), x)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tesseraNegative")
  void tesseraNegativeCase(String name, JsonNode x) {
    SharedData.merkle();
    JsonNode v = vector("tessera-testdata-checkpoints");
    if (x.has("note")) {
      assertThatThrownBy(() -> SignedNote.parse(x.get("note").asText())
          .verify(List.of(Ledger.noteVerifier(v.get("vkey").asText()))))
          .isInstanceOf(VerificationException.class).hasMessageStartingWith("invalid signature for key");
    } else {
      String cp15 = v.get("checkpoints").get("15").asText();
      NoteVerifier peter = Ledger.noteVerifier(vector("golang-mod-note-peterneumann").get("vkey").asText());
      assertThatThrownBy(() -> SignedNote.parse(cp15).verify(List.of(peter)))
          .isInstanceOf(VerificationException.class).hasMessageContaining("no verifiable signatures");
    }
  }

  @Test
  void witnessCosignatureV1OverTesseraCheckpoint15VerifiesAndIsReproducedByteForByte()
      throws VerificationException {
    JsonNode v = vector("derived-cosignature-v1-over-tessera-checkpoint-15");
    JsonNode log = vector("tessera-testdata-checkpoints");
    SignedNote note = SignedNote.parse(v.get("cosigned_checkpoint").asText());
    NoteVerifier logKey = Ledger.noteVerifier(log.get("vkey").asText());
    NoteVerifier witness = Ledger.cosignatureVerifier(v.get("witness_vkey_type01").asText());
    assertThat(String.format("%08x", witness.keyId())).isEqualTo(v.get("cosignature_key_id_hex").asText());
    assertThat(names(note.verify(List.of(logKey, witness)))).containsExactly("example.com/log/testdata", "Wit1");
    assertThat(names(note.verify(List.of(logKey)))).containsExactly("example.com/log/testdata");
    byte[] sig = note.signatures().get(1).signature();
    assertThat(sig).hasSize(72);
    assertThat(java.nio.ByteBuffer.wrap(sig).getLong()).isEqualTo(v.get("timestamp").asLong());

    Clock at = Clock.fixed(Instant.ofEpochSecond(v.get("timestamp").asLong()), ZoneOffset.UTC);
    NoteSigner cosigner = Ledger.cosigner(v.get("witness_skey").asText(), at);
    SignedNote plain = SignedNote.parse(log.get("checkpoints").get("15").asText());
    assertThat(plain.addSignature(cosigner).toString()).isEqualTo(v.get("cosigned_checkpoint").asText());
    // The witness key written with its cosignature type (0x04) is a cosignature verifier too.
    assertThat(witness.verifierKey()).startsWith("Wit1+9b3fb2d5+BF");
    assertThat(names(note.verify(List.of(logKey, Ledger.noteVerifier(witness.verifierKey())))))
        .containsExactly("example.com/log/testdata", "Wit1");
    // A plain Ed25519 verifier for the witness key must not accept a cosignature (other key ID).
    assertThatThrownBy(() -> note.verify(List.of(Ledger.noteVerifier(v.get("witness_vkey_type01").asText()))))
        .isInstanceOf(VerificationException.class).hasMessageContaining("no verifiable signatures");
  }

  @Test
  void transparencyDevFormatsTestKeysPairUp() {
    for (JsonNode k : vector("transparency-dev-formats-test-keys").get("keys")) {
      assertThat(Ledger.noteSigner(k.get("skey").asText()).verifier().verifierKey())
          .isEqualTo(k.get("vkey").asText());
    }
  }
}
