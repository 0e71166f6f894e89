package org.yadman.ledger;

/**
 * Where the hashes of complete subtrees live, addressed by level and index.
 *
 * <p>The node at {@code (level, index)} is MTH(D[index·2^level, (index+1)·2^level)) in the
 * notation of RFC 9162 section 2.1.1: level 0 holds the leaf hashes, level 1 the hashes of
 * aligned pairs, and so on. Only <em>complete</em> subtrees are ever asked for; the hash of a
 * ragged right edge is computed from them. Proof generation and {@code rootAt} need nothing
 * else, so a store can be a map in memory, a PostgreSQL table, or a C2SP tile directory.
 */
public interface HashStore {
  /**
   * The hash of the complete subtree at {@code level} and {@code index}.
   *
   * @throws IllegalArgumentException if {@code level} is outside [0, 63] or {@code index} is negative
   * @throws java.util.NoSuchElementException if the store does not hold that node
   */
  Hash node(int level, long index);
}
