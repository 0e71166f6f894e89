package org.yadman.statistics;

import java.util.Arrays;

/**
 * A posterior distribution of N as a histogram: bin i holds N in [from + i·width, from + (i+1)·width)
 * and has probability mass[i]. The long tails (beyond the 0.5% and 99.5% points) are folded into the
 * first and last bins so the plot shows where the mass is.
 */
public record Posterior(double from, double width, double[] mass) {
    static final int BINS = 40;

    public Posterior {
        mass = mass.clone();
    }

    @Override
    public double[] mass() {
        return mass.clone();
    }

    public double to() {
        return from + width * mass.length;
    }

    /** From equally weighted draws of N (e.g. LCMCR's, chains pooled). */
    public static Posterior ofDraws(long[] draws) {
        long[] sorted = draws.clone();
        Arrays.sort(sorted);
        double low = sorted[(int) Math.floor(0.005 * (sorted.length - 1))];
        double high = sorted[(int) Math.ceil(0.995 * (sorted.length - 1))];
        double width = binWidth(low, high);
        double[] mass = new double[BINS];
        for (long n : sorted) mass[bin(n, low, width)] += 1.0 / sorted.length;
        return new Posterior(low, width, mass);
    }

    /** From a distribution over whole values of N (e.g. dga's), values ascending. */
    public static Posterior ofDistribution(long[] values, double[] probabilities) {
        double low = quantile(values, probabilities, 0.005);
        double high = quantile(values, probabilities, 0.995);
        double width = binWidth(low, high);
        double[] mass = new double[BINS];
        for (int i = 0; i < values.length; i++) mass[bin(values[i], low, width)] += probabilities[i];
        return new Posterior(low, width, mass);
    }

    private static double binWidth(double low, double high) {
        return Math.max(1, Math.ceil((high - low + 1) / BINS));
    }

    private static int bin(double n, double low, double width) {
        int i = (int) Math.floor((n - low) / width);
        return Math.max(0, Math.min(BINS - 1, i));
    }

    private static double quantile(long[] values, double[] p, double q) {
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += p[i];
            if (cumulative >= q) return values[i];
        }
        return values[values.length - 1];
    }
}
