package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sunlight's skylight test tree: a static-ct-api checkpoint signed with an RFC 6962
 * TreeHeadSignature (note signature type 0x05, ECDSA P-256), with the key from the CT log list
 * entry beside it. Its root hash is synthetic, so only the signature and the layout are checked.
 */
class SunlightCheckpointTest {
  String note;
  JsonNode logList;
  NoteVerifier key;

  @BeforeEach
  void load() {
    Path dir = SharedData.merkle().resolve("sunlight_skylight_tree/cmd/skylight/testdata/tree");
    note = SharedData.read(dir.resolve("checkpoint"));
    logList = SharedData.json(dir.resolve("log.v3.json"));
    key = Ledger.rfc6962NoteVerifier(logList.get("description").asText(),
        Base64.getDecoder().decode(logList.get("key").asText()));
  }

  @Test
  void treeHeadSignatureVerifiesAndMatchesTheLogListHead() throws VerificationException {
    SignedNote n = SignedNote.parse(note);
    assertThat(n.verify(List.of(key))).hasSize(1);
    Checkpoint cp = Checkpoint.of(n);
    JsonNode head = logList.get("final_tree_head");
    assertThat(cp.size()).isEqualTo(head.get("tree_size").asLong());
    assertThat(cp.root().base64()).isEqualTo(head.get("sha256_root_hash").asText());
    assertThat(Rfc6962NoteVerifier.timestamp(n.signatures().get(0).signature()))
        .isEqualTo(head.get("timestamp").asLong());
    assertThat(n.toString()).isEqualTo(note);
  }

  @Test
  void theLogIdInTheKeyIdIsSha256OfTheKey() {
    byte[] logId = Rfc9162Reference.sha256(Base64.getDecoder().decode(logList.get("key").asText()));
    assertThat(Base64.getEncoder().encodeToString(logId)).isEqualTo(logList.get("log_id").asText());
    assertThat(SignedNote.parse(note).signatures().get(0).keyId()).isEqualTo(key.keyId());
  }

  @Test
  void aChangedTreeSizeBreaksTheTreeHeadSignature() {
    String bad = note.replace("\n300\n", "\n301\n");
    assertThatThrownBy(() -> SignedNote.parse(bad).verify(List.of(key)))
        .isInstanceOf(VerificationException.class).hasMessageStartingWith("invalid signature for key rome2026h1.example.org+");
  }
}
