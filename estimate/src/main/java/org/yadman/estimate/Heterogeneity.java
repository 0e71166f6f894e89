package org.yadman.estimate;

/**
 * How capture probabilities vary between people in a log-linear model (Rivest and Baillargeon's
 * Rcapture): one or more columns that depend only on the number of captures c of a history.
 * <ul>
 *   <li>{@code NONE}: no column;</li>
 *   <li>{@code CHAO} (lower bound): η<sub>j</sub> = max(c − j + 1, 0) for j = 3…k, negative η dropped and
 *       refitted one at a time (Rcapture's default {@code neg = TRUE});</li>
 *   <li>{@code POISSON(θ)}: θ<sup>c</sup> − 1;</li>
 *   <li>{@code DARROCH}: c²/2;</li>
 *   <li>{@code GAMMA(θ)}: −log(θ + c) + log θ;</li>
 *   <li>{@code NORMAL}: a normal random effect σ·Z added to the log odds (no design column).</li>
 * </ul>
 *
 * @param kind the form of the column
 * @param theta the parameter θ of POISSON and GAMMA (NaN otherwise)
 */
public record Heterogeneity(Kind kind, double theta) {
  /** The forms Rcapture offers. */
  public enum Kind { NONE, CHAO, POISSON, DARROCH, GAMMA, NORMAL }

  public static final Heterogeneity NONE = new Heterogeneity(Kind.NONE, Double.NaN);
  public static final Heterogeneity CHAO = new Heterogeneity(Kind.CHAO, Double.NaN);
  public static final Heterogeneity DARROCH = new Heterogeneity(Kind.DARROCH, Double.NaN);
  /**
   * A normal random effect on the log odds of capture (Rivest 2011), integrated by Gauss–Hermite
   * quadrature and fitted by BFGS as Rcapture does; its interval is Chao's log-normal one, not a
   * profile likelihood.
   */
  public static final Heterogeneity NORMAL = new Heterogeneity(Kind.NORMAL, Double.NaN);

  public Heterogeneity {
    if (kind == null) {
      throw new IllegalArgumentException("heterogeneity kind must be given");
    }
    if ((kind == Kind.POISSON || kind == Kind.GAMMA) && !(theta > 0)) {
      throw new IllegalArgumentException(kind + " heterogeneity needs theta > 0; got " + theta);
    }
  }

  /** Poisson heterogeneity θ<sup>c</sup> − 1 (Rcapture's default θ is 2). */
  public static Heterogeneity poisson(double theta) {
    return new Heterogeneity(Kind.POISSON, theta);
  }

  /** Gamma heterogeneity −log(θ + c) + log θ (Rcapture's default θ is 3.5). */
  public static Heterogeneity gamma(double theta) {
    return new Heterogeneity(Kind.GAMMA, theta);
  }

  /** Rcapture's label: "Chao (LB)", "Poisson2", "Darroch", "Gamma3.5" or "" for none. */
  public String label() {
    return switch (kind) {
      case NONE -> "";
      case CHAO -> "Chao (LB)";
      case POISSON -> "Poisson" + fmt(theta);
      case DARROCH -> "Darroch";
      case GAMMA -> "Gamma" + fmt(theta);
      case NORMAL -> "Normal";
    };
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The column value for a history with c captures (single-column forms only). */
  double column(int c) {
    return switch (kind) {
      case POISSON -> Math.pow(theta, c) - 1;
      case DARROCH -> c * (double) c / 2;
      case GAMMA -> -Math.log(theta + c) + Math.log(theta);
      default -> throw new IllegalStateException("no single column for " + kind);
    };
  }
}
