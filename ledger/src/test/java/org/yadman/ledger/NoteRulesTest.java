package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Signed-note and checkpoint rules that need no external file: the policy cases of
 * transparency-dev/formats (log/note_test.go, keys below are its public test keys) with a 32-byte
 * root, and one test per malformation the C2SP signed-note spec forbids.
 */
class NoteRulesTest {
  static final NoteSigner LOG = Ledger.noteSigner("PRIVATE+KEY+Log+2271c621+AdEIq9FLRQni54Wg68T96VJO+iayOaulswav2DUMKgvQ");
  static final NoteSigner KNOWN = Ledger.noteSigner("PRIVATE+KEY+Known+451c786d+AQPRoE2+Z+Ed1HaHBA9F/FfracvcZ2rDU39kCecMEoci");
  static final NoteSigner AGAIN = Ledger.noteSigner("PRIVATE+KEY+KnownAgain+4893b26c+ARhZda/l25zjGZswYLDZsLNRzNpmv5wYTN9IoTr1OJ2+");
  static final NoteSigner UNKNOWN = Ledger.noteSigner("PRIVATE+KEY+Unknown+fdbb2e08+Aav2knTC6orbhXX8pMWuNiWgO+Wwk2DB+h1eU2Q1W1nU");
  static final String BODY = new Checkpoint("TestParseCheckpoint", 42, Ledger.leafHash(new byte[] {1})).text();

  static String signed(NoteSigner... signers) {
    return SignedNote.sign(BODY, List.of(signers)).toString();
  }

  @Test
  void logSignatureAloneOpensTheCheckpoint() throws VerificationException {
    assertThat(Ledger.openCheckpoint(signed(LOG), "TestParseCheckpoint", LOG.verifier()).size()).isEqualTo(42);
  }

  @Test
  void signaturesFromUnknownKeysAreIgnored() throws VerificationException {
    assertThat(Ledger.openCheckpoint(signed(UNKNOWN, LOG), "TestParseCheckpoint", LOG.verifier()).size()).isEqualTo(42);
  }

  @Test
  void aDuplicateSignatureFromOneKeyCountsOnce() throws VerificationException {
    SignedNote n = SignedNote.parse(signed(LOG, KNOWN, LOG));
    assertThat(n.verify(List.of(LOG.verifier(), KNOWN.verifier()))).extracting(NoteSignature::name)
        .containsExactly("Log", "Known");
  }

  @Test
  void witnessSignaturesWithoutTheLogsAreNotEnough() {
    assertThatThrownBy(() -> Ledger.openCheckpoint(signed(KNOWN, AGAIN), "TestParseCheckpoint", LOG.verifier()))
        .isInstanceOf(VerificationException.class).hasMessageContaining("no verifiable signatures");
  }

  @Test
  void aWrongOriginIsRefused() {
    assertThatThrownBy(() -> Ledger.openCheckpoint(signed(LOG), "OtherLog", LOG.verifier()))
        .isInstanceOf(VerificationException.class)
        .hasMessage("checkpoint origin is \"TestParseCheckpoint\", expected \"OtherLog\"");
  }

  @Test
  void aKeyWithTheSameNameButAnotherIdIsUnknownNotWrong() throws VerificationException {
    NoteSigner impostor = Ledger.noteSigner(Ledger.newSignerKey("Log", new SecureRandom()));
    assertThat(impostor.keyId()).isNotEqualTo(LOG.keyId());
    assertThat(SignedNote.parse(signed(impostor, LOG)).verify(List.of(LOG.verifier()))).hasSize(1);
  }

  @Test
  void newKeysSignAndVerifyAndRoundTripTheirStrings() throws VerificationException {
    String skey = Ledger.newSignerKey("yadman.example/log", new SecureRandom());
    NoteSigner s = Ledger.noteSigner(skey);
    NoteVerifier v = Ledger.noteVerifier(s.verifier().verifierKey());
    assertThat(SignedNote.parse(SignedNote.sign("hello\n", List.of(s)).toString()).verify(List.of(v))).hasSize(1);
    assertThat(s.toString()).doesNotContain(skey.substring(skey.lastIndexOf('+')));
  }

  static Stream<Arguments> malformedNotes() {
    String sig = SignedNote.sign("text\n", List.of(LOG)).signatures().get(0).line();
    return Stream.of(
        Arguments.of("no blank line before the signatures", "text\n" + sig + "\n"),
        Arguments.of("no final newline after the signatures", "text\n\n" + sig),
        Arguments.of("empty signature block", "text\n\n"),
        Arguments.of("signature line without the em dash", "text\n\n- " + sig.substring(2) + "\n"),
        Arguments.of("key name containing '+'", "text\n\n" + sig.replace("\u2014 Log ", "\u2014 Lo+g ") + "\n"),
        Arguments.of("signature of only 4 bytes", "text\n\n\u2014 Log AAAAAA==\n"),
        Arguments.of("signature not canonical base64", "text\n\n" + sig.substring(0, sig.length() - 2) + "\n"),
        Arguments.of("carriage return in the text", "te\rxt\n\n" + sig + "\n"),
        Arguments.of("tab in the text", "te\txt\n\n" + sig + "\n"));
  }

  @ParameterizedTest(name = "malformed note refused: {0}")
  @MethodSource("malformedNotes")
  void malformedNoteIsRefused(String name, String note) {
    assertThatThrownBy(() -> SignedNote.parse(note))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("malformed note");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bad = {'t', (byte) 0xff, '\n', '\n'};
    assertThatThrownBy(() -> SignedNote.parse(bad)).hasMessage("malformed note: not valid UTF-8");
  }

  @Test
  void textMayHoldEmptyLinesAndTheLastBlankLineSeparates() throws VerificationException {
    SignedNote n = SignedNote.sign("a\n\nb\n", List.of(LOG));
    SignedNote back = SignedNote.parse(n.toString());
    assertThat(back.text()).isEqualTo("a\n\nb\n");
    assertThat(back.verify(List.of(LOG.verifier()))).hasSize(1);
  }
}
