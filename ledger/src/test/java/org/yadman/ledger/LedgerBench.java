package org.yadman.ledger;

import java.util.SplittableRandom;

/**
 * A plain benchmark (not a test: surefire does not pick it up, {@code mvn verify} never runs it)
 * of the in-memory log at scale: appends per second, then proof generation and verification at
 * the final size. Run it with:
 *
 * <pre>
 *   ./mvnw -q -pl ledger test-compile
 *   java -Xmx3g -cp ledger/target/classes:ledger/target/test-classes org.yadman.ledger.LedgerBench 10000000
 * </pre>
 *
 * Numbers from a shared 2-core machine are indicative only; record them with the machine.
 */
public final class LedgerBench {
  private LedgerBench() {}

  public static void main(String[] args) throws VerificationException {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    SplittableRandom random = new SplittableRandom(42);

    MerkleTree tree = Ledger.newTree();
    byte[] entry = new byte[64];
    // Warm-up on a separate tree so that the JIT has compiled the append path.
    MerkleTree warm = Ledger.newTree();
    for (int i = 0; i < 200_000; i++) {
      warm.append(entry);
    }
    long t0 = System.nanoTime();
    for (long i = 0; i < n; i++) {
      entry[0] = (byte) i;
      entry[1] = (byte) (i >>> 8);
      entry[2] = (byte) (i >>> 16);
      entry[3] = (byte) (i >>> 24);
      tree.append(entry);
    }
    long t1 = System.nanoTime();
    Hash root = tree.root();
    System.out.printf("appended %,d leaves of 64 bytes in %.2f s: %,.0f appends/s (root %s)%n",
        n, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9), root.hex().substring(0, 16));

    long[] idx = new long[queries];
    long[] sizes = new long[queries];
    for (int q = 0; q < queries; q++) {
      sizes[q] = 1 + random.nextLong(n);
      idx[q] = random.nextLong(sizes[q]);
    }
    // Roots of earlier sizes, needed to verify against; computed once, outside the timings.
    Hash[] roots = new Hash[queries];
    long r0 = System.nanoTime();
    for (int q = 0; q < queries; q++) {
      roots[q] = tree.rootAt(sizes[q]);
    }
    long r1 = System.nanoTime();
    System.out.printf("rootAt(random size): %.2f us each%n", (r1 - r0) / 1e3 / queries);

    long gen = 0;
    long ver = 0;
    long elements = 0;
    for (int q = 0; q < queries; q++) {
      long a = System.nanoTime();
      InclusionProof p = tree.inclusionProof(idx[q], sizes[q]);
      long b = System.nanoTime();
      p.verify(tree.leafHash(idx[q]), roots[q]);
      long c = System.nanoTime();
      gen += b - a;
      ver += c - b;
      elements += p.hashes().size();
    }
    System.out.printf("inclusion proof at sizes up to %,d: generate %.2f us, verify %.2f us, %.1f hashes on average%n",
        n, gen / 1e3 / queries, ver / 1e3 / queries, (double) elements / queries);

    gen = 0;
    ver = 0;
    elements = 0;
    for (int q = 0; q < queries; q++) {
      long size1 = 1 + random.nextLong(sizes[q]);
      Hash root1 = tree.rootAt(size1);
      long a = System.nanoTime();
      ConsistencyProof p = tree.consistencyProof(size1, sizes[q]);
      long b = System.nanoTime();
      p.verify(root1, roots[q]);
      long c = System.nanoTime();
      gen += b - a;
      ver += c - b;
      elements += p.hashes().size();
    }
    System.out.printf("consistency proof at sizes up to %,d: generate %.2f us, verify %.2f us, %.1f hashes on average%n",
        n, gen / 1e3 / queries, ver / 1e3 / queries, (double) elements / queries);
  }
}
