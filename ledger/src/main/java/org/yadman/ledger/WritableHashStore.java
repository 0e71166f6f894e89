package org.yadman.ledger;

/**
 * A {@link HashStore} that an append-only {@link MerkleTree} writes into. Nodes arrive in
 * append order: at each level, index {@code i} is stored before {@code i + 1}. A complete
 * subtree's hash never changes once the subtree exists (RFC 9162 section 2.1.1: MTH of a fixed
 * list), which is what makes the store append-only and safe to cache or replicate.
 */
public interface WritableHashStore extends HashStore {
  /**
   * Stores the hash of the complete subtree at {@code level} and {@code index}. Storing the same
   * hash twice is harmless; storing a different hash for a node already held is an error.
   *
   * @throws IllegalStateException if a different hash is already stored there, or if the node
   *     would leave a gap at its level
   */
  void put(int level, long index, Hash hash);
}
