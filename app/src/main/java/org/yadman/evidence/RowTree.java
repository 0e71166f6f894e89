package org.yadman.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yadman.ledger.Hash;
import org.yadman.ledger.Ledger;

/**
 * The per-row commitment of a bulk leaf part (an import's records, assertions, links): the RFC
 * 9162 Merkle tree hash over the rows' canonical texts in id order, each text a leaf (without its
 * newline). One row can then be proved with its text and an audit path to the root in the leaf,
 * without handing over the other rows of the import.
 *
 * <p>{@link #add} keeps only the right edge of the tree (one hash per level), so the root of a
 * million rows needs no memory to speak of. {@link Leaves} keeps the leaf hashes (32 bytes a row)
 * to build audit paths when a bundle is written.
 */
final class RowTree {
    private final List<Hash> edge = new ArrayList<>(); // roots of complete subtrees, largest first
    private final List<Long> sizes = new ArrayList<>();
    private long size;

    /** Adds the next row's canonical text. */
    void add(String rowText) {
        addLeafHash(leafHash(rowText));
    }

    void addLeafHash(Hash leaf) {
        edge.add(leaf);
        sizes.add(1L);
        size++;
        int n = edge.size();
        while (n >= 2 && sizes.get(n - 1).equals(sizes.get(n - 2))) {
            Hash merged = Ledger.nodeHash(edge.get(n - 2), edge.get(n - 1));
            long s = sizes.get(n - 1) * 2;
            edge.remove(n - 1);
            sizes.remove(n - 1);
            edge.set(n - 2, merged);
            sizes.set(n - 2, s);
            n--;
        }
    }

    long size() {
        return size;
    }

    /** MTH of the rows added so far (SHA-256 of nothing for none). */
    Hash root() {
        if (edge.isEmpty()) return Ledger.emptyRoot();
        Hash acc = edge.get(edge.size() - 1);
        for (int i = edge.size() - 2; i >= 0; i--) acc = Ledger.nodeHash(edge.get(i), acc);
        return acc;
    }

    /**
     * The query giving the RFC 9162 leaf hash of each row text of {@code rowTextsSql}, in its order:
     * {@code SHA-256(0x00 || UTF-8 text)}, the same as {@link #leafHash}. PostgreSQL hashes the
     * rows where they are, so a million-row import sends 32 bytes a row instead of its text. A
     * subquery that sorts is never flattened, so its order is the order of the hashes.
     */
    static String leafHashesOf(String rowTextsSql) {
        return "SELECT sha256('\\x00'::bytea || convert_to(row_text, 'UTF8')) FROM (" + rowTextsSql + ") AS part(row_text)";
    }

    static Hash leafHash(String rowText) {
        return Ledger.leafHash(rowText.getBytes(StandardCharsets.UTF_8));
    }

    /** All leaf hashes of one part, for audit paths. */
    static final class Leaves {
        private byte[] hashes = new byte[32 * 1024];
        private int count;

        void add(Hash leaf) {
            if ((count + 1) * 32 > hashes.length) hashes = Arrays.copyOf(hashes, hashes.length * 2);
            System.arraycopy(leaf.bytes(), 0, hashes, count * 32, 32);
            count++;
        }

        int size() {
            return count;
        }

        /** The RFC 9162 audit path of leaf {@code index}: the sibling subtree roots, leaf level first. */
        List<Hash> path(int index) {
            if (index < 0 || index >= count) throw new IndexOutOfBoundsException("row " + index + " out of bounds for " + count + " rows");
            List<Hash> path = new ArrayList<>();
            path(index, 0, count, path);
            return path;
        }

        private void path(int index, int lo, int hi, List<Hash> out) {
            if (hi - lo == 1) return;
            int k = Integer.highestOneBit(hi - lo - 1);
            if (index < lo + k) {
                path(index, lo, lo + k, out);
                out.add(root(lo + k, hi));
            } else {
                path(index, lo + k, hi, out);
                out.add(root(lo, lo + k));
            }
        }

        /** MTH of leaves [lo, hi). */
        Hash root(int lo, int hi) {
            if (hi - lo == 1) return Hash.of(hashes, lo * 32);
            int k = Integer.highestOneBit(hi - lo - 1);
            return Ledger.nodeHash(root(lo, lo + k), root(lo + k, hi));
        }
    }
}
