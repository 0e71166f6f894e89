package org.yadman.ledger;

/**
 * An append-only Merkle tree as defined in RFC 9162 section 2.1 (the SHA-256 tree of RFC 6962).
 * Leaves are appended, never changed or removed; every complete subtree is written to a
 * {@link HashStore} as soon as it exists, so proofs for any earlier size can be served later.
 * Not thread-safe: a log has one writer.
 */
public interface MerkleTree {
  /** The number of leaves. */
  long size();

  /** MTH of all leaves; SHA-256 of the empty string for the empty tree. O(log n), no store reads. */
  Hash root();

  /** MTH of the first {@code size} leaves, 0 &lt;= size &lt;= {@link #size()}. O(log n) store reads. */
  Hash rootAt(long size);

  /** Appends {@code entry} (hashed as {@code SHA-256(0x00 || entry)}) and returns its index. */
  long append(byte[] entry);

  /** Appends a leaf whose hash the caller computed, and returns its index. */
  long appendLeafHash(Hash leafHash);

  /** The leaf hash at {@code index}. */
  Hash leafHash(long index);

  /** The audit path of the leaf at {@code index} in the tree of {@code treeSize} leaves. */
  InclusionProof inclusionProof(long index, long treeSize);

  /** The proof that the tree of {@code size1} leaves is a prefix of that of {@code size2}. */
  ConsistencyProof consistencyProof(long size1, long size2);

  /** The store this tree writes to and reads proofs from. */
  HashStore store();
}
