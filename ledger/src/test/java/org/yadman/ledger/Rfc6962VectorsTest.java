package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yadman.ledger.SharedData.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of {@code shared/data/merkle/rfc6962_reference_vectors.json}. */
class Rfc6962VectorsTest {
  static JsonNode v;
  static MerkleTree tree8;

  @BeforeAll
  static void load() {
    v = SharedData.json(SharedData.merkle().resolve("rfc6962_reference_vectors.json"));
    tree8 = Ledger.newTree();
    v.get("leaf_inputs_hex").forEach(n -> tree8.append(hex(n.asText())));
  }

  static JsonNode vectors() {
    Path dir = SharedData.merkleOrNull();
    return dir == null ? null : SharedData.json(dir.resolve("rfc6962_reference_vectors.json"));
  }

  static List<byte[]> hexList(JsonNode arr) {
    List<byte[]> out = new ArrayList<>();
    arr.forEach(n -> out.add(hex(n.asText())));
    return out;
  }

  static List<Hash> hashList(JsonNode arr) {
    return hexList(arr).stream().map(Hash::of).toList();
  }

  @Test
  void leafHashesOfTheEightReferenceInputs() {
    for (int i = 0; i < 8; i++) {
      assertThat(Ledger.leafHash(hex(v.get("leaf_inputs_hex").get(i).asText())).hex())
          .as("leaf %d", i).isEqualTo(v.get("leaf_hashes").get(i).asText());
    }
  }

  @Test
  void everyNodeHashPerLevelIsInTheStore() {
    JsonNode levels = v.get("node_hashes_by_level").get("levels");
    for (int level = 0; level < levels.size(); level++) {
      for (int i = 0; i < levels.get(level).size(); i++) {
        assertThat(tree8.store().node(level, i).hex()).as("level %d index %d", level, i)
            .isEqualTo(levels.get(level).get(i).asText());
      }
    }
  }

  @Test
  void rootsAtEverySizeZeroToEight() {
    v.get("roots_by_tree_size").fields().forEachRemaining(e -> {
      int size = Integer.parseInt(e.getKey());
      assertThat(tree8.rootAt(size).hex()).as("root at size %d", size).isEqualTo(e.getValue().asText());
      MerkleTree t = Ledger.newTree();
      for (int i = 0; i < size; i++) {
        t.append(hex(v.get("leaf_inputs_hex").get(i).asText()));
      }
      assertThat(t.root().hex()).as("compact-range root at size %d", size).isEqualTo(e.getValue().asText());
    });
  }

  @Test
  void compactRangesAtEverySizeZeroToEight() {
    v.get("compact_range_by_tree_size").fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("_")) {
        return;
      }
      int size = Integer.parseInt(e.getKey());
      CompactTree t = (CompactTree) Ledger.openTree((WritableHashStore) tree8.store(), size);
      assertThat(t.compactRange()).as("compact range at size %d", size).isEqualTo(hashList(e.getValue()));
    });
  }

  @Test
  void hasherVectorsFromCertificateTransparency() {
    JsonNode x = v.get("hasher_extra_vectors_ct");
    x.get("leaf").forEach(n -> assertThat(Ledger.leafHash(hex(n.get("input_hex").asText())).hex())
        .isEqualTo(n.get("leaf_hash").asText()));
    x.get("node").forEach(n -> assertThat(Ledger.nodeHash(Hash.fromHex(n.get("left").asText()),
        Hash.fromHex(n.get("right").asText())).hex()).isEqualTo(n.get("node_hash").asText()));
  }

  static Stream<Arguments> inclusion() {
    JsonNode v = vectors();
    if (v == null) {
      return Stream.of(Arguments.of("skipped: shared vectors absent", null));
    }
    List<Arguments> out = new ArrayList<>();
    v.get("inclusion_proofs_upstream").forEach(n -> out.add(Arguments.of(
        "upstream inclusion: leaf " + n.get("leaf_index") + " of " + n.get("tree_size"), n)));
    v.get("inclusion_proofs_all_sizes_1_to_8").get("items").forEach(n -> out.add(Arguments.of(
        "PATH(" + n.get("leaf_index") + ", D[" + n.get("tree_size") + "]) generated and verified", n)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inclusion")
  void inclusionProofIsGeneratedExactlyAndVerifies(String name, JsonNode n) throws VerificationException {
    SharedData.merkle();
    long index = n.get("leaf_index").asLong();
    long size = n.get("tree_size").asLong();
    InclusionProof p = tree8.inclusionProof(index, size);
    assertThat(p.hashes()).isEqualTo(hashList(n.get("proof")));
    p.verify(tree8.leafHash(index), tree8.rootAt(size));
    if (n.has("root")) {
      p.verify(Hash.fromHex(n.get("leaf_hash").asText()), Hash.fromHex(n.get("root").asText()));
    }
  }

  static Stream<Arguments> consistency() {
    JsonNode v = vectors();
    if (v == null) {
      return Stream.of(Arguments.of("skipped: shared vectors absent", null));
    }
    List<Arguments> out = new ArrayList<>();
    v.get("consistency_proofs_upstream").forEach(n -> out.add(Arguments.of(
        "upstream consistency: " + n.get("size1") + " -> " + n.get("size2"), n)));
    v.get("consistency_proofs_all_sizes_1_to_8").get("items").forEach(n -> out.add(Arguments.of(
        "PROOF(" + n.get("size1") + ", D[" + n.get("size2") + "]) generated and verified", n)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistency")
  void consistencyProofIsGeneratedExactlyAndVerifies(String name, JsonNode n) throws VerificationException {
    SharedData.merkle();
    long size1 = n.get("size1").asLong();
    long size2 = n.get("size2").asLong();
    ConsistencyProof p = tree8.consistencyProof(size1, size2);
    assertThat(p.hashes()).isEqualTo(hashList(n.get("proof")));
    p.verify(tree8.rootAt(size1), tree8.rootAt(size2));
    if (n.has("root1")) {
      p.verify(Hash.fromHex(n.get("root1").asText()), Hash.fromHex(n.get("root2").asText()));
    }
  }

  @Test
  void realCertificateTransparencyAuditPathOfLeaf848049InTree3630887() throws VerificationException {
    JsonNode n = v.get("ct_real_world_inclusion");
    InclusionProof p = new InclusionProof(n.get("leaf_index").asLong(), n.get("tree_size").asLong(),
        hashList(n.get("proof")));
    p.verify(Hash.fromHex(n.get("leaf_hash").asText()), Hash.fromHex(n.get("root").asText()));
    assertThat(p.rootFrom(Hash.fromHex(n.get("leaf_hash").asText())).hex()).isEqualTo(n.get("root").asText());
  }

  static Stream<Arguments> negative() {
    JsonNode v = vectors();
    if (v == null) {
      return Stream.of(Arguments.of("skipped: shared vectors absent", null));
    }
    List<Arguments> out = new ArrayList<>();
    v.get("negative_examples").forEach(n -> out.add(Arguments.of("rejects " + n.get("what").asText(), n)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negative")
  void negativeExampleIsRejected(String name, JsonNode n) {
    SharedData.merkle();
    assertThat(n.get("expect_valid").asBoolean()).isFalse();
    if (n.has("leaf_index")) {
      assertThatThrownBy(() -> ProofVerifier.verifyInclusion(n.get("leaf_index").asLong(),
          n.get("tree_size").asLong(), hex(n.get("leaf_hash").asText()), hexList(n.get("proof")),
          hex(n.get("root").asText()))).isInstanceOf(VerificationException.class);
    } else {
      assertThatThrownBy(() -> ProofVerifier.verifyConsistency(n.get("size1").asLong(),
          n.get("size2").asLong(), hexList(n.get("proof")), hex(n.get("root1").asText()),
          hex(n.get("root2").asText()))).isInstanceOf(VerificationException.class);
    }
  }
}
