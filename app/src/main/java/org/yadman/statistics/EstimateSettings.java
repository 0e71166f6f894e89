package org.yadman.statistics;

import java.util.Locale;

/**
 * How to estimate: the method and its knobs.
 *
 * @param method log-linear (BIC model search, or {@code model} if given, then a profile-likelihood
 *     interval), LCMCR, or dga
 * @param model a hierarchical log-linear model such as {@code [123,14,34]}, or null to search
 * @param level the interval's coverage, e.g. 0.95
 * @param latentClasses LCMCR's K
 * @param sweeps LCMCR sweeps per chain after burn-in (one draw kept every {@link #THINNING})
 * @param burnin LCMCR burn-in sweeps per chain
 * @param chains LCMCR chains
 * @param seed LCMCR seed
 * @param delta dga's hyper-Dirichlet δ, or NaN for 1/2^k
 */
public record EstimateSettings(Method method, String model, double level, int latentClasses, long sweeps, int burnin,
        int chains, long seed, double delta) {
    public static final int THINNING = 100;

    public enum Method {
        LOGLINEAR, LCMCR, DGA;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Method fromCode(String code) {
            for (Method m : values()) if (m.code().equals(code)) return m;
            throw new IllegalArgumentException("--method must be loglinear, lcmcr or dga; got '" + code + "'");
        }
    }

    public EstimateSettings {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("--level must be between 0 and 1, e.g. 0.95; got " + level);
        if (model != null && method != Method.LOGLINEAR) {
            throw new IllegalArgumentException("--model applies to --method loglinear only; got --method " + method.code());
        }
        if (sweeps < THINNING || sweeps / THINNING > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--sweeps must be at least " + THINNING + " (one draw is kept every "
                    + THINNING + " sweeps); got " + sweeps);
        }
        if (burnin < 0) throw new IllegalArgumentException("--burnin must be 0 or more; got " + burnin);
        if (chains < 1) throw new IllegalArgumentException("--chains must be at least 1; got " + chains);
        if (latentClasses < 2) throw new IllegalArgumentException("--classes must be at least 2; got " + latentClasses);
        if (!Double.isNaN(delta) && !(delta > 0)) throw new IllegalArgumentException("--delta must be positive; got " + delta);
    }

    /** Log-linear with BIC search at 95%, LCMCR knobs at their defaults. */
    public static EstimateSettings defaults(Method method) {
        return new EstimateSettings(method, null, 0.95, 10, 100_000, 10_000, 4, 1, Double.NaN);
    }

    public long draws() {
        return sweeps / THINNING;
    }
}
