package org.yadman.ledger;

import java.util.List;

/**
 * An RFC 9162 section 2.1.3 inclusion proof: the audit path of the leaf at {@code index} in the
 * tree of {@code treeSize} leaves, from the leaf's sibling up to the root's child.
 */
public record InclusionProof(long index, long treeSize, List<Hash> hashes) {
  public InclusionProof {
    if (treeSize <= 0 || index < 0 || index >= treeSize) {
      throw new IllegalArgumentException("index " + index + " out of bounds for tree size " + treeSize);
    }
    hashes = copyHashes(hashes);
  }

  /**
   * Checks that {@code leafHash} is at {@link #index} in the tree whose root is {@code root}.
   *
   * @throws VerificationException naming the rule that failed
   */
  public void verify(Hash leafHash, Hash root) throws VerificationException {
    ProofVerifier.verifyInclusion(index, treeSize, leafHash.raw(), raw(hashes), root.raw());
  }

  /** The root that this proof and {@code leafHash} imply (RFC 9162 section 2.1.3.2). */
  public Hash rootFrom(Hash leafHash) throws VerificationException {
    return Hash.wrap(ProofVerifier.rootFromInclusion(index, treeSize, leafHash.raw(), raw(hashes)));
  }

  /** An unmodifiable copy, refusing null lists and null elements with a message. */
  static List<Hash> copyHashes(List<Hash> hashes) {
    if (hashes == null || hashes.stream().anyMatch(h -> h == null)) {
      throw new IllegalArgumentException("proof hashes must be a list without nulls");
    }
    return List.copyOf(hashes);
  }

  static List<byte[]> raw(List<Hash> hashes) {
    return hashes.stream().map(Hash::raw).toList();
  }
}
