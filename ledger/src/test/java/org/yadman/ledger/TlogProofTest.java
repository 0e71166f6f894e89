package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * C2SP tlog-proof files produced from the tessera testdata log and its witness-cosigned
 * checkpoint 15, parsed back byte for byte and verified; each tampering must be refused.
 */
class TlogProofTest {
  static final String ORIGIN = "example.com/log/testdata";
  NoteVerifier log;
  NoteVerifier witness;
  SignedNote cosigned;
  MerkleTree tree;

  @BeforeEach
  void setUp() {
    JsonNode vectors = SharedData.json(SharedData.merkle().resolve("signed_note_checkpoint_vectors.json"));
    tree = Ledger.newTree();
    for (JsonNode v : vectors.get("vectors")) {
      if (v.get("id").asText().equals("tessera-testdata-checkpoints")) {
        log = Ledger.noteVerifier(v.get("vkey").asText());
        v.get("leaves_utf8_in_order").forEach(n -> tree.append(n.asText().getBytes(StandardCharsets.UTF_8)));
      }
      if (v.get("id").asText().startsWith("derived-cosignature")) {
        witness = Ledger.cosignatureVerifier(v.get("witness_vkey_type01").asText());
        cosigned = SignedNote.parse(v.get("cosigned_checkpoint").asText());
      }
    }
  }

  Hash leaf(String word) {
    return Ledger.leafHash(word.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyEntryGetsAProofThatRoundTripsAndVerifiesWithItsWitness() throws VerificationException {
    for (long i = 0; i < 15; i++) {
      TlogProof p = TlogProof.of(i % 2 == 0 ? null : ("ctx " + i).getBytes(StandardCharsets.UTF_8),
          tree.inclusionProof(i, 15), cosigned);
      String text = p.toString();
      TlogProof back = TlogProof.parse(text);
      assertThat(back).isEqualTo(p);
      assertThat(back.toString()).isEqualTo(text);
      List<NoteSignature> witnesses = back.verify(tree.leafHash(i), ORIGIN, log, List.of(witness));
      assertThat(witnesses).extracting(NoteSignature::name).containsExactly("Wit1");
      assertThat(back.verify(tree.leafHash(i), ORIGIN, log, List.of())).isEmpty();
    }
  }

  @Test
  void layoutFollowsTheSpec() {
    TlogProof p = TlogProof.of("hi".getBytes(StandardCharsets.UTF_8), tree.inclusionProof(3, 15), cosigned);
    String[] lines = p.toString().split("\n", -1);
    assertThat(lines[0]).isEqualTo("c2sp.org/tlog-proof@v1");
    assertThat(lines[1]).isEqualTo("extra aGk=");
    assertThat(lines[2]).isEqualTo("index 3");
    assertThat(lines).hasSize(3 + 4 + 1 + cosigned.toString().split("\n", -1).length);
    assertThat(p.toString()).endsWith("\n\n" + cosigned);
    assertThat(p.extraBytes()).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of("index line changed to another entry", (UnaryOperator<String>) s -> s.replace("index 5\n", "index 4\n")),
        Arguments.of("first proof hash replaced by the second", (UnaryOperator<String>) s -> {
          String[] l = s.split("\n", -1);
          l[2] = l[3];
          return String.join("\n", l);
        }),
        Arguments.of("a proof hash dropped", (UnaryOperator<String>) s -> {
          int a = s.indexOf("index 5\n") + 8;
          return s.substring(0, a) + s.substring(s.indexOf('\n', a) + 1);
        }),
        Arguments.of("checkpoint root changed (log signature breaks)",
            (UnaryOperator<String>) s -> s.replace("rKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cs=", "rKbDipCvhuX1GZ7g5BBe8sA6BbJ7ja/1nk427v383cQ=")),
        Arguments.of("log signature line removed (only the witness is left)",
            (UnaryOperator<String>) s -> s.replaceAll("\u2014 example.com/log/testdata [^\n]*\n", "")));
  }

  @ParameterizedTest(name = "refused: {0}")
  @MethodSource("tamperings")
  void tamperedProofIsRefused(String name, UnaryOperator<String> tamper) {
    String good = TlogProof.of(null, tree.inclusionProof(5, 15), cosigned).toString();
    String bad = tamper.apply(good);
    assertThat(bad).isNotEqualTo(good);
    assertThatThrownBy(() -> TlogProof.parse(bad).verify(leaf("six"), ORIGIN, log, List.of(witness)))
        .isInstanceOf(VerificationException.class);
  }

  @Test
  void wrongEntryWrongOriginAndBrokenWitnessAreRefused() {
    TlogProof p = TlogProof.of(null, tree.inclusionProof(5, 15), cosigned);
    assertThatThrownBy(() -> p.verify(leaf("seven"), ORIGIN, log, List.of()))
        .isInstanceOf(VerificationException.class).hasMessageContaining("gives root");
    assertThatThrownBy(() -> p.verify(leaf("six"), "example.com/other", log, List.of()))
        .isInstanceOf(VerificationException.class).hasMessageContaining("expected \"example.com/other\"");
    String broken = p.toString().replace("mz+y1QAAAABlU/EAYEDM", "mz+y1QAAAABlU/EAYEDN");
    assertThatThrownBy(() -> TlogProof.parse(broken).verify(leaf("six"), ORIGIN, log, List.of(witness)))
        .isInstanceOf(VerificationException.class).hasMessage("invalid signature for key Wit1+9b3fb2d5");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("wrong header line", "c2sp.org/tlog-proof@v2\nindex 0\n\n"),
        Arguments.of("index with a leading zero", "c2sp.org/tlog-proof@v1\nindex 05\n\n"),
        Arguments.of("negative index", "c2sp.org/tlog-proof@v1\nindex -5\n\n"),
        Arguments.of("no index line", "c2sp.org/tlog-proof@v1\nextra aGk=\n\n"),
        Arguments.of("extra is not base64", "c2sp.org/tlog-proof@v1\nextra !!\nindex 0\n\n"),
        Arguments.of("proof hash is 31 bytes", "c2sp.org/tlog-proof@v1\nindex 0\n"
            + java.util.Base64.getEncoder().encodeToString(new byte[31]) + "\n\n"),
        Arguments.of("no blank line before the checkpoint", "c2sp.org/tlog-proof@v1\nindex 0\n"));
  }

  @ParameterizedTest(name = "malformed: {0}")
  @MethodSource("malformed")
  void malformedProofIsRefusedWhenParsed(String name, String head) {
    assertThatThrownBy(() -> TlogProof.parse(head + cosigned)).isInstanceOf(IllegalArgumentException.class);
  }
}
