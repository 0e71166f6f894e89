package org.yadman.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * Quality of a clustering against the truth: pairwise precision, recall and F1 (over all
 * pairs of records put in one cluster), B-cubed precision, recall and F1 (Bagga and Baldwin
 * 1998: per record, the overlap of its predicted and true clusters, averaged), and the number
 * of clusters on each side. Only records present in both maps count.
 */
public record Evaluation(double pairPrecision, double pairRecall, double pairF1,
                         double bCubedPrecision, double bCubedRecall, double bCubedF1,
                         int predictedClusters, int trueClusters, long truePositivePairs,
                         long predictedPairs, long truePairs) {

    /**
     * @param predicted cluster id by record id
     * @param truth true person id by record id
     */
    public static Evaluation of(Map<String, String> predicted, Map<String, String> truth) {
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> trueSize = new HashMap<>();
        Map<String, Integer> bothSize = new HashMap<>();
        int records = 0;
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String person = truth.get(e.getKey());
            if (person == null) {
                continue;
            }
            records++;
            predictedSize.merge(e.getValue(), 1, Integer::sum);
            trueSize.merge(person, 1, Integer::sum);
            bothSize.merge(e.getValue() + '\u0000' + person, 1, Integer::sum);
        }
        long predictedPairs = predictedSize.values().stream().mapToLong(Evaluation::pairs).sum();
        long truePairs = trueSize.values().stream().mapToLong(Evaluation::pairs).sum();
        long bothPairs = bothSize.values().stream().mapToLong(Evaluation::pairs).sum();
        double precision = predictedPairs == 0 ? 1.0 : (double) bothPairs / predictedPairs;
        double recall = truePairs == 0 ? 1.0 : (double) bothPairs / truePairs;
        double bPrecision = 0;
        double bRecall = 0;
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String person = truth.get(e.getKey());
            if (person == null) {
                continue;
            }
            double overlap = bothSize.get(e.getValue() + '\u0000' + person);
            bPrecision += overlap / predictedSize.get(e.getValue());
            bRecall += overlap / trueSize.get(person);
        }
        bPrecision /= Math.max(records, 1);
        bRecall /= Math.max(records, 1);
        return new Evaluation(precision, recall, f1(precision, recall), bPrecision, bRecall, f1(bPrecision, bRecall),
            predictedSize.size(), trueSize.size(), bothPairs, predictedPairs, truePairs);
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
            "pairwise P %.4f R %.4f F1 %.4f | B-cubed P %.4f R %.4f F1 %.4f | clusters %d (true %d)",
            pairPrecision, pairRecall, pairF1, bCubedPrecision, bCubedRecall, bCubedF1, predictedClusters, trueClusters);
    }
}
