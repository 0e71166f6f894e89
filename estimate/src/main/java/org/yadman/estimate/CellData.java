package org.yadman.estimate;

/**
 * The response vector of a closed-population log-linear model in Rcapture's cell order.
 *
 * <p>For histories ({@code closedp.t}) row r = 0 … 2<sup>t</sup> − 2 is the history whose flag for list
 * j is 1 − bit (t − 1 − j) of r: the all-ones history first, list 1 varying slowest. For capture
 * frequencies ({@code closedp.0}) row i holds the number of people captured t0 − i times, with the
 * offset log C(t, c) (or −log c! when t is infinite).
 */
final class CellData {
  final boolean byHistory;
  final int t;
  final int rows;
  final double[] y;
  final long n;
  final int[] nbcap;
  final int[][] flags;
  final double[] offset;

  private CellData(boolean byHistory, int t, double[] y, long n, int[] nbcap, int[][] flags, double[] offset) {
    this.byHistory = byHistory;
    this.t = t;
    this.rows = y.length;
    this.y = y;
    this.n = n;
    this.nbcap = nbcap;
    this.flags = flags;
    this.offset = offset;
  }

  static CellData of(CaptureHistories h) {
    int t = h.listCount();
    int rows = (1 << t) - 1;
    double[] y = new double[rows];
    int[] nbcap = new int[rows];
    int[][] flags = new int[rows][t];
    for (int r = 0; r < rows; r++) {
      int mask = 0;
      for (int j = 0; j < t; j++) {
        int f = 1 - ((r >> (t - 1 - j)) & 1);
        flags[r][j] = f;
        mask |= f << j;
      }
      nbcap[r] = Integer.bitCount(mask);
      y[r] = h.count(mask);
    }
    return new CellData(true, t, y, h.observed(), nbcap, flags, null);
  }

  /**
   * Capture frequencies f[c-1] = number of people captured c times, c = 1 … length.
   *
   * @param occasions t, or 0 for "infinite" (Rcapture's t = Inf: offset −log c!, t = largest c observed)
   * @param t0 the number of frequencies modelled (c = 1 … t0), or 0 for t0 = t
   */
  static CellData ofFrequencies(long[] f, int occasions, int t0) {
    boolean inf = occasions == 0;
    long n = 0;
    int maxC = 0;
    for (int c = 1; c <= f.length; c++) {
      if (f[c - 1] < 0) {
        throw new IllegalArgumentException("capture frequencies must be non-negative; got " + f[c - 1]
            + " for " + c + " captures");
      }
      n += f[c - 1];
      if (f[c - 1] > 0) {
        maxC = c;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("nobody was observed: the frequencies sum to 0");
    }
    int t = inf ? maxC : occasions;
    if (!inf && maxC > t) {
      throw new IllegalArgumentException("a frequency for " + maxC + " captures exceeds the " + t + " occasions");
    }
    if (t < 2) {
      throw new IllegalArgumentException("at least 2 capture occasions are needed; got " + t);
    }
    int tz = t0 == 0 ? t : t0;
    if (tz < 2 || tz > t) {
      throw new IllegalArgumentException("t0 must be in [2, " + t + "]; got " + tz);
    }
    double[] y = new double[tz];
    int[] nbcap = new int[tz];
    double[] offset = new double[tz];
    for (int i = 0; i < tz; i++) {
      int c = tz - i;
      nbcap[i] = c;
      y[i] = c <= f.length ? f[c - 1] : 0;
      offset[i] = inf ? -SpecialFunctions.logGamma(c + 1) : logChoose(t, c);
    }
    boolean allZero = true;
    for (double o : offset) {
      allZero &= o == 0;
    }
    return new CellData(false, tz, y, n, nbcap, null, allZero ? null : offset);
  }

  private static double logChoose(int n, int k) {
    return SpecialFunctions.logGamma(n + 1) - SpecialFunctions.logGamma(k + 1) - SpecialFunctions.logGamma(n - k + 1);
  }

  /** Whether anybody was captured more than once (by two or more lists). */
  boolean hasOverlap() {
    for (int r = 0; r < rows; r++) {
      if (nbcap[r] > 1 && y[r] > 0) {
        return true;
      }
    }
    return false;
  }

  /** 1-based occasion of the first capture for history row r. */
  int firstCapture(int r) {
    for (int j = 0; j < t; j++) {
      if (flags[r][j] == 1) {
        return j + 1;
      }
    }
    throw new IllegalStateException("row " + r + " has no capture");
  }
}
