package org.yadman.evidence;

import java.util.ArrayList;
import java.util.List;
import org.yadman.ledger.ConsistencyProof;
import org.yadman.ledger.Hash;

/**
 * The text form of a consistency proof in a bundle, round-tripping byte for byte:
 * {@code yadman-consistency/v1}, {@code size1 N}, {@code size2 M}, then one base64 hash a line.
 */
final class ProofFiles {
    static final String HEADER = "yadman-consistency/v1";

    private ProofFiles() {}

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
