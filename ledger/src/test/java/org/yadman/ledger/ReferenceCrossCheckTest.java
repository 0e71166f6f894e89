package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast tree, proof generator and verifier against the literal recursive RFC 9162 text
 * ({@link Rfc9162Reference}), over random sizes and indices; and every proof, once tampered
 * with, must be rejected.
 */
class ReferenceCrossCheckTest {

  static List<byte[]> entries(int n, int salt) {
    List<byte[]> d = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      d.add(ByteBuffer.allocate(8).putInt(salt).putInt(i).array());
    }
    return d;
  }

  static MerkleTree tree(List<byte[]> d) {
    MerkleTree t = Ledger.newTree();
    d.forEach(t::append);
    return t;
  }

  static List<Hash> hashes(List<byte[]> raw) {
    return raw.stream().map(Hash::of).toList();
  }

  @Property(tries = 150)
  void rootsMatchMthAtEverySize(@ForAll @IntRange(min = 0, max = 300) int n, @ForAll int salt) {
    List<byte[]> d = entries(n, salt);
    MerkleTree t = tree(d);
    assertThat(t.size()).isEqualTo(n);
    assertThat(t.root().bytes()).isEqualTo(Rfc9162Reference.mth(d));
    for (int k = 0; k <= n; k += 1 + n / 17) {
      assertThat(t.rootAt(k).bytes()).as("rootAt(%d) of %d", k, n).isEqualTo(Rfc9162Reference.mth(d.subList(0, k)));
    }
  }

  @Property(tries = 200)
  void inclusionProofsAreRfcPaths(@ForAll @IntRange(min = 1, max = 700) int size,
      @ForAll @IntRange(min = 0, max = 699) int rawIndex, @ForAll @IntRange(min = 0, max = 40) int extra)
      throws VerificationException {
    int index = rawIndex % size;
    List<byte[]> d = entries(size + extra, size);
    MerkleTree t = tree(d);
    InclusionProof p = t.inclusionProof(index, size);
    List<byte[]> prefix = d.subList(0, size);
    assertThat(p.hashes()).isEqualTo(hashes(Rfc9162Reference.path(index, prefix)));
    Hash root = Hash.of(Rfc9162Reference.mth(prefix));
    Hash leaf = Ledger.leafHash(d.get(index));
    p.verify(leaf, root);
    assertThat(Ledger.inclusionProof(t.store(), index, size)).isEqualTo(p);

    // Tampering: any flipped bit, another index, another size, a dropped or an added element.
    for (int i = 0; i < p.hashes().size(); i++) {
      List<Hash> bad = new ArrayList<>(p.hashes());
      byte[] b = bad.get(i).bytes();
      b[i % 32] ^= 1;
      bad.set(i, Hash.of(b));
      InclusionProof flipped = new InclusionProof(index, size, bad);
      assertThatThrownBy(() -> flipped.verify(leaf, root)).isInstanceOf(VerificationException.class);
    }
    if (size > 1) {
      InclusionProof other = new InclusionProof((index + 1) % size, size, p.hashes());
      assertThatThrownBy(() -> other.verify(leaf, root)).isInstanceOf(VerificationException.class);
      List<Hash> shorter = p.hashes().subList(0, p.hashes().size() - 1);
      assertThatThrownBy(() -> new InclusionProof(index, size, shorter).verify(leaf, root))
          .isInstanceOf(VerificationException.class);
    }
    List<Hash> longer = new ArrayList<>(p.hashes());
    longer.add(root);
    assertThatThrownBy(() -> new InclusionProof(index, size, longer).verify(leaf, root))
        .isInstanceOf(VerificationException.class);
  }

  @Property(tries = 200)
  void consistencyProofsAreRfcProofs(@ForAll @IntRange(min = 1, max = 700) int size2,
      @ForAll @IntRange(min = 1, max = 700) int rawSize1) throws VerificationException {
    int size1 = 1 + (rawSize1 - 1) % size2;
    List<byte[]> d = entries(size2, size1);
    MerkleTree t = tree(d);
    ConsistencyProof p = t.consistencyProof(size1, size2);
    assertThat(p.hashes()).isEqualTo(hashes(Rfc9162Reference.proof(size1, d)));
    Hash root1 = Hash.of(Rfc9162Reference.mth(d.subList(0, size1)));
    Hash root2 = t.root();
    p.verify(root1, root2);

    for (int i = 0; i < p.hashes().size(); i++) {
      List<Hash> bad = new ArrayList<>(p.hashes());
      byte[] b = bad.get(i).bytes();
      b[31 - i % 32] ^= (byte) 0x80;
      bad.set(i, Hash.of(b));
      ConsistencyProof flipped = new ConsistencyProof(size1, size2, bad);
      assertThatThrownBy(() -> flipped.verify(root1, root2)).isInstanceOf(VerificationException.class);
    }
    if (!p.hashes().isEmpty()) {
      ConsistencyProof shorter = new ConsistencyProof(size1, size2, p.hashes().subList(1, p.hashes().size()));
      assertThatThrownBy(() -> shorter.verify(root1, root2)).isInstanceOf(VerificationException.class);
    }
    List<Hash> longer = new ArrayList<>(p.hashes());
    longer.add(root2);
    assertThatThrownBy(() -> new ConsistencyProof(size1, size2, longer).verify(root1, root2))
        .isInstanceOf(VerificationException.class);
    if (size1 != size2) {
      assertThatThrownBy(() -> p.verify(root2, root1)).isInstanceOf(VerificationException.class);
    }
  }

  @Property(tries = 100)
  void aResumedTreeContinuesExactlyLikeTheOriginal(@ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @IntRange(min = 0, max = 50) int more) {
    List<byte[]> d = entries(n + more, 7);
    WritableHashStore store = Ledger.inMemoryHashStore();
    MerkleTree first = Ledger.newTree(store);
    d.subList(0, n).forEach(first::append);
    MerkleTree resumed = Ledger.openTree(store, n);
    assertThat(resumed.root()).isEqualTo(first.root());
    d.subList(n, n + more).forEach(resumed::append);
    assertThat(resumed.root().bytes()).isEqualTo(Rfc9162Reference.mth(d));
  }
}
