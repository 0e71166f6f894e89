package org.yadman.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 written out literally and recursively, for cross-checking the fast code.
 * Deliberately naive: O(n) per call, its own SHA-256, no shared code with the implementation.
 *
 * <pre>
 * MTH({}) = SHA-256()
 * MTH({d(0)}) = SHA-256(0x00 || d(0))
 * MTH(D[n]) = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of 2 &lt; n
 *
 * PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])     for m &lt; k
 *               = PATH(m - k, D[k:n]) : MTH(D[0:k]) for m &gt;= k
 * PATH(0, {d(0)}) = {}
 *
 * PROOF(m, D[n]) = SUBPROOF(m, D[n], true)
 * SUBPROOF(m, D[m], true) = {}
 * SUBPROOF(m, D[m], false) = {MTH(D[m])}
 * SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])         for m &lt;= k
 *                      = SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) for m &gt; k
 * </pre>
 */
final class Rfc9162Reference {
  private Rfc9162Reference() {}

  static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static int k(int n) {
    int k = 1;
    while (k << 1 < n) {
      k <<= 1;
    }
    return k;
  }

  static byte[] mth(List<byte[]> d) {
    int n = d.size();
    if (n == 0) {
      return sha256();
    }
    if (n == 1) {
      return sha256(new byte[] {0x00}, d.get(0));
    }
    int k = k(n);
    return sha256(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n)));
  }

  static List<byte[]> path(int m, List<byte[]> d) {
    int n = d.size();
    List<byte[]> out = new ArrayList<>();
    if (n == 1) {
      return out;
    }
    int k = k(n);
    if (m < k) {
      out.addAll(path(m, d.subList(0, k)));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(path(m - k, d.subList(k, n)));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  static List<byte[]> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    int n = d.size();
    List<byte[]> out = new ArrayList<>();
    if (m == n) {
      if (!b) {
        out.add(mth(d));
      }
      return out;
    }
    int k = k(n);
    if (m <= k) {
      out.addAll(subproof(m, d.subList(0, k), b));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(subproof(m - k, d.subList(k, n), false));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }
}
