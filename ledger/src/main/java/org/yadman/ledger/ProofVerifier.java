package org.yadman.ledger;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Proof verification exactly as RFC 9162 section 2.1.3.2 (inclusion) and section 2.1.4.2
 * (consistency) write it, over raw bytes so that malformed input (short hashes, empty strings)
 * is rejected by a rule rather than by a parser.
 *
 * <p>Design note: the step numbers in comments are the RFC's. Two rules come from
 * transparency-dev/merkle rather than the RFC text: every hash must be 32 bytes (otherwise an
 * empty leaf hash "verifies" against an empty root in a tree of one), and a consistency proof
 * from the empty tree is refused as meaningless (the RFC leaves size 0 undefined). Roots are
 * compared in constant time.
 */
final class ProofVerifier {
  private ProofVerifier() {}

  static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
      throws VerificationException {
    byte[] computed = rootFromInclusion(index, size, leafHash, proof);
    if (!MessageDigest.isEqual(computed, root)) {
      throw new VerificationException("inclusion proof for index " + index + " in tree size " + size
          + " gives root " + hex(computed) + ", expected " + hex(root));
    }
  }

  static byte[] rootFromInclusion(long index, long size, byte[] leafHash, List<byte[]> proof)
      throws VerificationException {
    // Step 1.
    if (index < 0 || size <= 0 || index >= size) {
      throw new VerificationException("index " + index + " out of bounds for tree size " + size);
    }
    checkLength("leaf hash", leafHash);
    // Steps 2 and 3.
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    // Step 4.
    for (int i = 0; i < proof.size(); i++) {
      byte[] p = proof.get(i);
      checkLength("proof element " + i, p);
      if (sn == 0) { // 4a
        throw new VerificationException("inclusion proof for index " + index + " in tree size "
            + size + " has " + proof.size() + " elements, more than the tree's height allows");
      }
      if ((fn & 1) == 1 || fn == sn) { // 4b
        r = Hasher.node(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = Hasher.node(r, p);
      }
      fn >>>= 1; // 4c
      sn >>>= 1;
    }
    // Step 5, first half: the path must have reached the root.
    if (sn != 0) {
      throw new VerificationException("inclusion proof for index " + index + " in tree size "
          + size + " has " + proof.size() + " elements, too few to reach the root");
    }
    return r;
  }

  static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
      throws VerificationException {
    if (size1 < 0 || size2 < size1) {
      throw new VerificationException(
          "consistency needs 0 <= size1 <= size2, got size1 " + size1 + " and size2 " + size2);
    }
    if (size1 == 0) {
      throw new VerificationException("consistency proof from the empty tree (size1 0 to size2 "
          + size2 + ") is meaningless: every tree extends it");
    }
    if (size1 == size2) {
      if (!proof.isEmpty()) {
        throw new VerificationException("consistency proof between equal sizes " + size1
            + " must be empty, has " + proof.size() + " elements");
      }
      if (!MessageDigest.isEqual(root1, root2)) {
        throw new VerificationException("trees of equal size " + size1 + " have different roots "
            + hex(root1) + " and " + hex(root2));
      }
      return;
    }
    // Step 1.
    if (proof.isEmpty()) {
      throw new VerificationException(
          "consistency proof from size " + size1 + " to " + size2 + " is empty");
    }
    for (int i = 0; i < proof.size(); i++) {
      checkLength("proof element " + i, proof.get(i));
    }
    checkLength("root1", root1);
    checkLength("root2", root2);
    // Step 2: if size1 is a power of two, the old root is itself a node of the new tree.
    int start = 0;
    byte[] first;
    if (Long.bitCount(size1) == 1) {
      first = root1;
    } else {
      first = proof.get(0);
      start = 1;
    }
    // Steps 3 and 4.
    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    // Step 5.
    byte[] fr = first;
    byte[] sr = first;
    // Step 6.
    for (int i = start; i < proof.size(); i++) {
      byte[] c = proof.get(i);
      if (sn == 0) { // 6a
        throw new VerificationException("consistency proof from size " + size1 + " to " + size2
            + " has " + proof.size() + " elements, more than the trees allow");
      }
      if ((fn & 1) == 1 || fn == sn) { // 6b
        fr = Hasher.node(c, fr);
        sr = Hasher.node(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = Hasher.node(sr, c);
      }
      fn >>>= 1; // 6c
      sn >>>= 1;
    }
    // Step 7.
    if (sn != 0) {
      throw new VerificationException("consistency proof from size " + size1 + " to " + size2
          + " has " + proof.size() + " elements, too few to reach the new root");
    }
    if (!MessageDigest.isEqual(fr, root1)) {
      throw new VerificationException("consistency proof from size " + size1 + " to " + size2
          + " gives old root " + hex(fr) + ", expected " + hex(root1));
    }
    if (!MessageDigest.isEqual(sr, root2)) {
      throw new VerificationException("consistency proof from size " + size1 + " to " + size2
          + " gives new root " + hex(sr) + ", expected " + hex(root2));
    }
  }

  private static void checkLength(String what, byte[] h) throws VerificationException {
    if (h == null || h.length != Hash.SIZE) {
      throw new VerificationException(
          what + " must be " + Hash.SIZE + " bytes, got " + (h == null ? "null" : h.length));
    }
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
