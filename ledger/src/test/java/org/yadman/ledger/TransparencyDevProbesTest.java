package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency-dev/merkle probe files: for each tree, a happy path and systematic tampering
 * (a flipped bit, a component added, removed or replaced, a wrong index or size, garbage before or
 * after the proof), each with the verdict its {@code wantErr} flag demands. The display name is
 * the probe's path and its own description. The {@code subtree*} probes belong to the Merkle Tree
 * Certificates draft, not RFC 9162, and are left out.
 */
class TransparencyDevProbesTest {

  static Stream<Arguments> probes(String kind) {
    Path dir = SharedData.merkleOrNull();
    if (dir == null) {
      return Stream.of(Arguments.of("skipped: shared vectors absent", null));
    }
    Path root = dir.resolve("transparency-dev_merkle/testdata");
    try (Stream<Path> files = Files.walk(root.resolve(kind))) {
      List<Arguments> out = new ArrayList<>();
      files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> {
        JsonNode n = SharedData.json(p);
        String verdict = n.get("wantErr").asBoolean() ? "must be rejected" : "must verify";
        out.add(Arguments.of(root.relativize(p) + " (" + n.get("desc").asText() + ") " + verdict, n));
      });
      return out.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> inclusion() {
    return probes("inclusion");
  }

  static Stream<Arguments> consistency() {
    return probes("consistency");
  }

  static List<byte[]> proof(JsonNode n) {
    List<byte[]> out = new ArrayList<>();
    if (n.get("proof") != null && !n.get("proof").isNull()) {
      n.get("proof").forEach(p -> out.add(SharedData.b64(p)));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inclusion")
  void inclusionProbe(String name, JsonNode n) {
    SharedData.merkle();
    var call = assertThatCode(() -> ProofVerifier.verifyInclusion(n.get("leafIdx").asLong(),
        n.get("treeSize").asLong(), SharedData.b64(n.get("leafHash")), proof(n), SharedData.b64(n.get("root"))));
    if (n.get("wantErr").asBoolean()) {
      call.isInstanceOf(VerificationException.class);
    } else {
      call.doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistency")
  void consistencyProbe(String name, JsonNode n) {
    SharedData.merkle();
    var call = assertThatCode(() -> ProofVerifier.verifyConsistency(n.get("size1").asLong(),
        n.get("size2").asLong(), proof(n), SharedData.b64(n.get("root1")), SharedData.b64(n.get("root2"))));
    if (n.get("wantErr").asBoolean()) {
      call.isInstanceOf(VerificationException.class);
    } else {
      call.doesNotThrowAnyException();
    }
  }

  @Test
  void everyHappyPathProbeIsAlsoWhatOurGeneratorProduces() throws IOException {
    Path root = SharedData.merkle().resolve("transparency-dev_merkle/testdata");
    MerkleTree t = Ledger.newTree();
    for (byte[] e : new byte[][] {{}, {0x00}, {0x10}, {0x20, 0x21}, {0x30, 0x31}, {0x40, 0x41, 0x42, 0x43},
        {0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57},
        SharedData.hex("606162636465666768696a6b6c6d6e6f")}) {
      t.append(e);
    }
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.getFileName().toString().equals("happy-path.json")
          && !f.toString().contains("subtree")).toList()) {
        JsonNode n = SharedData.json(p);
        List<Hash> want = proof(n).stream().map(Hash::of).toList();
        if (n.has("leafIdx")) {
          assertThat(t.inclusionProof(n.get("leafIdx").asLong(), n.get("treeSize").asLong()).hashes())
              .as(p.toString()).isEqualTo(want);
        } else {
          assertThat(t.consistencyProof(n.get("size1").asLong(), n.get("size2").asLong()).hashes())
              .as(p.toString()).isEqualTo(want);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(10);
  }
}
