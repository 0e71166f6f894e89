package org.yadman.ledger;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * In-memory {@link WritableHashStore} of RFC 9162 complete-subtree hashes: per level, a growing
 * list of fixed-size chunks of raw 32-byte hashes (no object per node, so 10^7 leaves cost about
 * 640 MB rather than several GB). Not thread-safe; callers serialise appends, as the log itself
 * must.
 */
final class MemoryHashStore implements WritableHashStore {
  private static final int CHUNK_BITS = 15; // 32768 hashes = 1 MiB per chunk
  private static final int CHUNK = 1 << CHUNK_BITS;

  private byte[][][] chunks = new byte[64][][];
  private final long[] counts = new long[64];

  @Override
  public Hash node(int level, long index) {
    checkAddress(level, index);
    if (index >= counts[level]) {
      throw new NoSuchElementException(
          "no node at level " + level + " index " + index + ": level holds " + counts[level]);
    }
    byte[] chunk = chunks[level][(int) (index >>> CHUNK_BITS)];
    return Hash.of(chunk, (int) (index & (CHUNK - 1)) * Hash.SIZE);
  }

  @Override
  public void put(int level, long index, Hash hash) {
    checkAddress(level, index);
    if (hash == null) {
      throw new IllegalArgumentException("hash must not be null");
    }
    long count = counts[level];
    if (index < count) {
      if (!node(level, index).equals(hash)) {
        throw new IllegalStateException(
            "node at level " + level + " index " + index + " is already stored with another hash");
      }
      return;
    }
    if (index > count) {
      throw new IllegalStateException(
          "node at level " + level + " index " + index + " would leave a gap: level holds " + count);
    }
    int c = (int) (index >>> CHUNK_BITS);
    if (chunks[level] == null) {
      chunks[level] = new byte[4][];
    }
    if (c >= chunks[level].length) {
      chunks[level] = Arrays.copyOf(chunks[level], chunks[level].length * 2);
    }
    if (chunks[level][c] == null) {
      chunks[level][c] = new byte[CHUNK * Hash.SIZE];
    }
    System.arraycopy(hash.raw(), 0, chunks[level][c], (int) (index & (CHUNK - 1)) * Hash.SIZE, Hash.SIZE);
    counts[level] = count + 1;
  }

  static void checkAddress(int level, long index) {
    if (level < 0 || level > 63) {
      throw new IllegalArgumentException("level " + level + " outside [0, 63]");
    }
    if (index < 0) {
      throw new IllegalArgumentException("node index " + index + " is negative");
    }
  }
}
