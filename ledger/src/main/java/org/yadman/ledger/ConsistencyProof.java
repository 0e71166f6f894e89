package org.yadman.ledger;

import java.util.List;

/**
 * An RFC 9162 section 2.1.4 consistency proof that the tree of {@code size1} leaves is a prefix
 * of the tree of {@code size2} leaves.
 */
public record ConsistencyProof(long size1, long size2, List<Hash> hashes) {
  public ConsistencyProof {
    if (size1 < 0 || size1 > size2) {
      throw new IllegalArgumentException(
          "consistency needs 0 <= size1 <= size2, got size1 " + size1 + " and size2 " + size2);
    }
    hashes = InclusionProof.copyHashes(hashes);
  }

  /**
   * Checks that {@code root1} (of {@link #size1} leaves) and {@code root2} (of {@link #size2}
   * leaves) are roots of the same append-only log.
   *
   * @throws VerificationException naming the rule that failed
   */
  public void verify(Hash root1, Hash root2) throws VerificationException {
    ProofVerifier.verifyConsistency(size1, size2, InclusionProof.raw(hashes), root1.raw(), root2.raw());
  }
}
