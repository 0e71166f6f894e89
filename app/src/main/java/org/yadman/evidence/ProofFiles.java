package org.yadman.evidence;

import java.util.ArrayList;
import java.util.List;
import org.yadman.ledger.ConsistencyProof;
import org.yadman.ledger.Hash;
import org.yadman.ledger.InclusionProof;

/**
 * The text forms of proofs in a bundle, round-tripping byte for byte. A consistency proof:
 * {@code yadman-consistency/v1}, {@code size1 N}, {@code size2 M}, then one base64 hash a line.
 * A row's proof: {@code yadman-row-proof/v1}, {@code leaf L}, {@code part P}, {@code index I},
 * {@code size N}, then the audit path, one base64 hash a line.
 */
final class ProofFiles {
    static final String HEADER = "yadman-consistency/v1";

    static final String ROW_HEADER = "yadman-row-proof/v1";

    private ProofFiles() {}

    /** A row's audit path to the TREE part {@code part} of leaf {@code leaf}. */
    record RowProof(long leaf, String part, InclusionProof path) {}

    static String row(RowProof proof) {
        StringBuilder s = new StringBuilder(ROW_HEADER).append('\n');
        s.append("leaf ").append(proof.leaf()).append('\n').append("part ").append(proof.part()).append('\n');
        s.append("index ").append(proof.path().index()).append('\n').append("size ").append(proof.path().treeSize()).append('\n');
        for (Hash h : proof.path().hashes()) s.append(h.base64()).append('\n');
        return s.toString();
    }

    static RowProof parseRow(String text) {
        if (!text.endsWith("\n")) throw new IllegalArgumentException("does not end with a newline");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 5 || !lines[0].equals(ROW_HEADER) || !lines[1].startsWith("leaf ") || !lines[2].startsWith("part ")
                || !lines[3].startsWith("index ") || !lines[4].startsWith("size ")) {
            throw new IllegalArgumentException("not a " + ROW_HEADER + " proof");
        }
        List<Hash> hashes = new ArrayList<>();
        for (int i = 5; i < lines.length; i++) hashes.add(Hash.fromBase64(lines[i]));
        RowProof proof = new RowProof(Long.parseLong(lines[1].substring(5)), lines[2].substring(5),
                new InclusionProof(Long.parseLong(lines[3].substring(6)), Long.parseLong(lines[4].substring(5)), hashes));
        if (!row(proof).equals(text)) throw new IllegalArgumentException("not in canonical form");
        return proof;
    }

    static String consistency(ConsistencyProof proof) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        s.append("size1 ").append(proof.size1()).append('\n').append("size2 ").append(proof.size2()).append('\n');
        for (Hash h : proof.hashes()) s.append(h.base64()).append('\n');
        return s.toString();
    }

    static ConsistencyProof parseConsistency(String text) {
        if (!text.endsWith("\n")) throw new IllegalArgumentException("does not end with a newline");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(HEADER) || !lines[1].startsWith("size1 ") || !lines[2].startsWith("size2 ")) {
            throw new IllegalArgumentException("not a " + HEADER + " proof");
        }
        List<Hash> hashes = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) hashes.add(Hash.fromBase64(lines[i]));
        ConsistencyProof proof = new ConsistencyProof(Long.parseLong(lines[1].substring(6)), Long.parseLong(lines[2].substring(6)), hashes);
        if (!consistency(proof).equals(text)) throw new IllegalArgumentException("not in canonical form");
        return proof;
    }
}
