package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Argument checks with their messages, store faults, and the tree's invariants after them. */
class MerkleTreeTest {

  static MerkleTree treeOf(int n) {
    MerkleTree t = Ledger.newTree();
    for (int i = 0; i < n; i++) {
      t.append(new byte[] {(byte) i});
    }
    return t;
  }

  @Test
  void argumentChecksStateTheRuleAndTheValue() {
    MerkleTree t = treeOf(8);
    assertThatThrownBy(() -> t.inclusionProof(12, 8)).hasMessage("index 12 out of bounds for tree size 8");
    assertThatThrownBy(() -> t.inclusionProof(-1, 8)).hasMessage("index -1 out of bounds for tree size 8");
    assertThatThrownBy(() -> t.inclusionProof(0, 9)).hasMessage("tree size 9 out of bounds for a tree of 8 leaves");
    assertThatThrownBy(() -> t.rootAt(-1)).hasMessage("tree size -1 out of bounds for a tree of 8 leaves");
    assertThatThrownBy(() -> t.consistencyProof(0, 5))
        .hasMessage("consistency needs 0 < size1 <= size2, got size1 0 and size2 5");
    assertThatThrownBy(() -> t.consistencyProof(6, 5))
        .hasMessage("consistency needs 0 < size1 <= size2, got size1 6 and size2 5");
    assertThatThrownBy(() -> t.leafHash(8)).hasMessage("index 8 out of bounds for tree size 8");
    assertThatThrownBy(() -> t.append(null)).hasMessage("entry must not be null");
    assertThatThrownBy(() -> Hash.of(new byte[31])).hasMessage("a SHA-256 hash must be 32 bytes, got 31");
    assertThatThrownBy(() -> Hash.fromHex("abc")).hasMessageStartingWith("a SHA-256 hash in hex must be 64 digits, got 3");
    assertThatThrownBy(() -> new InclusionProof(3, 3, List.of())).hasMessage("index 3 out of bounds for tree size 3");
    assertThatThrownBy(() -> new Tile(0, 0, 257)).hasMessage("tile width 257 outside [1, 256]");
    assertThatThrownBy(() -> Ledger.noteVerifier("nohash")).hasMessageStartingWith("verifier key must be name+keyid+base64");
    assertThatThrownBy(() -> new Checkpoint("", 1, Ledger.emptyRoot())).hasMessage("checkpoint origin must be one non-empty line, got \"\"");
    assertThatThrownBy(() -> Checkpoint.parse("Log\n007\n" + Ledger.emptyRoot().base64() + "\n"))
        .hasMessage("checkpoint line 2: tree size must not have leading zeroes, got \"007\"");
  }

  @Test
  void emptyTreeHasTheEmptyStringHashAsRoot() {
    MerkleTree t = Ledger.newTree();
    assertThat(t.root().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(t.rootAt(0)).isEqualTo(t.root());
  }

  @Test
  void storeRefusesGapsAndRewrites() {
    WritableHashStore s = Ledger.inMemoryHashStore();
    Hash a = Ledger.leafHash(new byte[] {1});
    Hash b = Ledger.leafHash(new byte[] {2});
    s.put(0, 0, a);
    s.put(0, 0, a);
    assertThatThrownBy(() -> s.put(0, 0, b)).hasMessage("node at level 0 index 0 is already stored with another hash");
    assertThatThrownBy(() -> s.put(0, 2, b)).hasMessage("node at level 0 index 2 would leave a gap: level holds 1");
    assertThatThrownBy(() -> s.node(0, 1)).isInstanceOf(NoSuchElementException.class)
        .hasMessage("no node at level 0 index 1: level holds 1");
    assertThatThrownBy(() -> s.node(64, 0)).hasMessage("level 64 outside [0, 63]");
  }

  /** A store that fails on one chosen write, like a database that loses its connection. */
  static final class FailingStore implements WritableHashStore {
    final WritableHashStore inner = Ledger.inMemoryHashStore();
    int writes;
    int failAt = -1;

    @Override
    public Hash node(int level, long index) {
      return inner.node(level, index);
    }

    @Override
    public void put(int level, long index, Hash hash) {
      if (writes++ == failAt) {
        throw new IllegalStateException("simulated store failure at write " + failAt);
      }
      inner.put(level, index, hash);
    }
  }

  @Test
  void aStoreFailureLeavesTheTreeUnchangedAndARetryCompletesIt() {
    for (int failAfter = 0; failAfter < 40; failAfter++) {
      FailingStore store = new FailingStore();
      MerkleTree t = Ledger.newTree(store);
      List<byte[]> entries = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        entries.add(new byte[] {(byte) i, 7});
      }
      store.failAt = failAfter;
      for (byte[] e : entries) {
        long before = t.size();
        Hash rootBefore = t.root();
        try {
          t.append(e);
        } catch (IllegalStateException failure) {
          assertThat(failure).hasMessageStartingWith("simulated store failure");
          assertThat(t.size()).as("failed, not appended").isEqualTo(before);
          assertThat(t.root()).isEqualTo(rootBefore);
          t.append(e); // the retry rewrites identical nodes and completes the append
        }
      }
      assertThat(t.root().bytes()).isEqualTo(Rfc9162Reference.mth(entries));
      MerkleTree resumed = Ledger.openTree(store, 16);
      assertThat(resumed.root()).isEqualTo(t.root());
      for (int n = 1; n <= 16; n++) {
        assertThat(t.rootAt(n).bytes()).isEqualTo(Rfc9162Reference.mth(entries.subList(0, n)));
      }
    }
  }

  @Test
  void proofsCanBeServedForAnyEarlierSize() throws VerificationException {
    MerkleTree t = treeOf(100);
    for (int size = 1; size <= 100; size += 7) {
      Hash root = t.rootAt(size);
      for (int i = 0; i < size; i += 5) {
        t.inclusionProof(i, size).verify(t.leafHash(i), root);
      }
      t.consistencyProof(size, 100).verify(root, t.root());
    }
  }
}
