package org.yadman.importing;

import java.nio.charset.StandardCharsets;

/**
 * The record ids seen so far in one file, to refuse a duplicate before it is written. Holds a
 * 64-bit hash and the row number per id (12 bytes a row, so 12 MB for a million rows) rather
 * than the ids themselves; two different ids share a 64-bit hash with probability ~n²/2⁶⁵
 * (under 10⁻⁷ for a million rows).
 */
final class RecordKeys {
    private long[] hashes = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** Records the key for a row; returns the earlier row with the same key, or 0 when it is new. */
    int addOrFindEarlier(String key, int row) {
        if ((size + 1) * 2L > hashes.length) grow();
        long h = hash(key);
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                hashes[i] = h;
                rows[i] = row;
                size++;
                return 0;
            }
            if (hashes[i] == h) return rows[i];
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldRows[j] == 0) continue;
            long h = oldHashes[j];
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (rows[i] != 0) i = (i + 1) & mask;
            hashes[i] = h;
            rows[i] = oldRows[j];
        }
    }

    /** FNV-1a over the UTF-8 bytes, then the MurmurHash3 finaliser to spread the bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    int size() {
        return size;
    }
}
