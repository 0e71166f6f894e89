package org.yadman.ledger;

import java.util.Arrays;

/**
 * An append-only Merkle tree that keeps a compact range in memory and everything else in a
 * {@link WritableHashStore}.
 *
 * <p>Design note: the compact range of [0, n) is the list of roots of the maximal complete
 * subtrees covering it, one per set bit of n, largest on the left (transparency-dev/merkle
 * "compact", after RFC 9162 section 2.1.1). Appending leaf n merges it with the right-most roots
 * for each trailing one bit of n, exactly like binary increment, so an append costs O(log n)
 * hashes (two on average) and writes each new complete subtree to the store once. The current
 * root folds the range from the right: MTH splits at the largest power of two, and the set bits
 * of n are those splits. Roots of earlier sizes and all proofs come from the store.
 */
final class CompactTree implements MerkleTree {
  private final WritableHashStore store;
  private long size;
  private Hash[] range = new Hash[64]; // range[0..count) = subtree roots, largest first
  private int count;

  CompactTree(WritableHashStore store) {
    this.store = store;
  }

  /** Resumes a tree of {@code size} leaves whose complete subtrees {@code store} already holds. */
  CompactTree(WritableHashStore store, long size) {
    this(store);
    if (size < 0) {
      throw new IllegalArgumentException("tree size " + size + " is negative");
    }
    long at = 0;
    for (int level = 63; level >= 0; level--) {
      if ((size & (1L << level)) != 0) {
        range[count++] = store.node(level, at >>> level);
        at += 1L << level;
      }
    }
    this.size = size;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public Hash root() {
    if (count == 0) {
      return Hasher.EMPTY_ROOT;
    }
    Hash h = range[count - 1];
    for (int i = count - 2; i >= 0; i--) {
      h = Hasher.node(range[i], h);
    }
    return h;
  }

  @Override
  public Hash rootAt(long treeSize) {
    checkSize("tree size", treeSize);
    return treeSize == size ? root() : ProofGenerator.rootAt(store, treeSize);
  }

  @Override
  public long append(byte[] entry) {
    if (entry == null) {
      throw new IllegalArgumentException("entry must not be null");
    }
    return appendLeafHash(Hasher.leaf(entry));
  }

  @Override
  public long appendLeafHash(Hash leafHash) {
    if (leafHash == null) {
      throw new IllegalArgumentException("leaf hash must not be null");
    }
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("tree is full at size " + size);
    }
    long index = size;
    // Work out every new node first, write them, and only then change this object: a store that
    // fails half-way leaves the tree as it was, and a retry of the same leaf rewrites the same
    // nodes (which stores accept), so the tree and its store can always be brought back in step.
    int merges = Long.numberOfTrailingZeros(~index); // trailing one bits of index
    Hash[] nodes = new Hash[merges + 1];
    nodes[0] = leafHash;
    for (int i = 1; i <= merges; i++) {
      nodes[i] = Hasher.node(range[count - i], nodes[i - 1]);
    }
    for (int level = 0; level <= merges; level++) {
      store.put(level, index >>> level, nodes[level]);
    }
    count -= merges;
    range[count++] = nodes[merges];
    size = index + 1;
    return index;
  }

  @Override
  public Hash leafHash(long index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("index " + index + " out of bounds for tree size " + size);
    }
    return store.node(0, index);
  }

  @Override
  public InclusionProof inclusionProof(long index, long treeSize) {
    checkSize("tree size", treeSize);
    return ProofGenerator.inclusion(store, index, treeSize);
  }

  @Override
  public ConsistencyProof consistencyProof(long size1, long size2) {
    checkSize("size2", size2);
    return ProofGenerator.consistency(store, size1, size2);
  }

  @Override
  public HashStore store() {
    return store;
  }

  private void checkSize(String what, long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException(
          what + " " + treeSize + " out of bounds for a tree of " + size + " leaves");
    }
  }

  /** The roots of the maximal complete subtrees, largest first (for tests). */
  java.util.List<Hash> compactRange() {
    return java.util.List.of(Arrays.copyOf(range, count));
  }

  @Override
  public String toString() {
    return "MerkleTree[size=" + size + ", range=" + Arrays.toString(Arrays.copyOf(range, count)) + "]";
  }
}
