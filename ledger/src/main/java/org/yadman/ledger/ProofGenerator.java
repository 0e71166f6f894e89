package org.yadman.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Proof generation against a {@link HashStore}, following RFC 9162 section 2.1.3.1 (PATH) and
 * section 2.1.4.1 (PROOF / SUBPROOF), unrolled into loops.
 *
 * <p>Design note: both recursions split D[lo, hi) at the largest power of two k &lt; hi - lo. One
 * side of every split is a complete subtree aligned to its size, read from the store in one
 * call; the other side is where the recursion goes. At most one proof element is a ragged right
 * edge D[lo + k, n), whose hash {@link #rangeHash} folds from O(log n) complete subtrees (the
 * "ephemeral node" of transparency-dev/merkle). Elements are found top-down and returned
 * bottom-up, the order RFC 9162 specifies.
 */
final class ProofGenerator {
  private ProofGenerator() {}

  /** MTH(D[0, size)) from the complete subtrees in {@code store}. */
  static Hash rootAt(HashStore store, long size) {
    if (size < 0) {
      throw new IllegalArgumentException("tree size " + size + " is negative");
    }
    return size == 0 ? Hasher.EMPTY_ROOT : rangeHash(store, 0, size);
  }

  /**
   * MTH(D[begin, end)) for a range whose begin is aligned to the smallest power of two at least
   * end - begin, which is every range the RFC recursion produces: the complete subtrees are the
   * set bits of end - begin, largest first, folded from the right.
   */
  static Hash rangeHash(HashStore store, long begin, long end) {
    long n = end - begin;
    int top = 63 - Long.numberOfLeadingZeros(n);
    if (n == 1L << top) {
      return store.node(top, begin >>> top);
    }
    List<Hash> parts = new ArrayList<>(Long.bitCount(n));
    long at = begin;
    for (int level = top; level >= 0; level--) {
      if ((n & (1L << level)) != 0) {
        parts.add(store.node(level, at >>> level));
        at += 1L << level;
      }
    }
    Hash h = parts.get(parts.size() - 1);
    for (int i = parts.size() - 2; i >= 0; i--) {
      h = Hasher.node(parts.get(i), h);
    }
    return h;
  }

  /** PATH(index, D[0, size)): the audit path of RFC 9162 section 2.1.3.1. */
  static InclusionProof inclusion(HashStore store, long index, long size) {
    if (size <= 0 || index < 0 || index >= size) {
      throw new IllegalArgumentException("index " + index + " out of bounds for tree size " + size);
    }
    List<Hash> topDown = new ArrayList<>(64);
    long lo = 0;
    long hi = size;
    while (hi - lo > 1) {
      long k = largestPowerOfTwoBelow(hi - lo);
      if (index < lo + k) {
        topDown.add(rangeHash(store, lo + k, hi));
        hi = lo + k;
      } else {
        topDown.add(store.node(Long.numberOfTrailingZeros(k), lo / k));
        lo = lo + k;
      }
    }
    Collections.reverse(topDown);
    return new InclusionProof(index, size, topDown);
  }

  /** PROOF(size1, D[0, size2)): the consistency proof of RFC 9162 section 2.1.4.1. */
  static ConsistencyProof consistency(HashStore store, long size1, long size2) {
    if (size1 <= 0 || size1 > size2) {
      throw new IllegalArgumentException(
          "consistency needs 0 < size1 <= size2, got size1 " + size1 + " and size2 " + size2);
    }
    List<Hash> topDown = new ArrayList<>(64);
    long m = size1;
    long lo = 0;
    long hi = size2;
    boolean complete = true; // the "b" flag of SUBPROOF: whether D[lo, hi) is the whole old tree
    while (m != hi - lo) {
      long k = largestPowerOfTwoBelow(hi - lo);
      if (m <= k) {
        topDown.add(rangeHash(store, lo + k, hi));
        hi = lo + k;
      } else {
        topDown.add(store.node(Long.numberOfTrailingZeros(k), lo / k));
        m -= k;
        lo += k;
        complete = false;
      }
    }
    if (!complete) {
      topDown.add(rangeHash(store, lo, hi));
    }
    Collections.reverse(topDown);
    return new ConsistencyProof(size1, size2, topDown);
  }

  /** The largest power of two strictly less than {@code n}, for n &gt;= 2. */
  static long largestPowerOfTwoBelow(long n) {
    return Long.highestOneBit(n - 1);
  }
}
