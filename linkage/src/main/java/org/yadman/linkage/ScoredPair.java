package org.yadman.linkage;

/**
 * A candidate pair with its Fellegi–Sunter score.
 *
 * @param leftId id of one record
 * @param rightId id of the other
 * @param matchWeight log2 of the Bayes factor plus the prior's log-odds
 * @param probability match probability, {@code 2^w / (1 + 2^w)}
 */
public record ScoredPair(String leftId, String rightId, double matchWeight, double probability) {
}
