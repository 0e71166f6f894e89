package org.yadman.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * A design matrix without its intercept column, as Rcapture's {@code Xclosedp} and {@code getmX}
 * build it, plus {@code nca}: the number of coefficients (intercept included) that do not model
 * heterogeneity, which is where the search for negative Chao η starts.
 */
record Design(List<String> names, double[][] x, int nca) {

  int columns() {
    return names.size();
  }

  /** The standard models of closedp: "M0", "Mt", "Mh", "Mth", "Mb", "Mbh". */
  static Design standard(CellData d, String m, Heterogeneity h) {
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    int t = d.t;
    switch (m) {
      case "M0", "Mh" -> {
        names.add("beta");
        cols.add(column(d, r -> d.nbcap[r]));
      }
      case "Mt", "Mth" -> {
        requireHistories(d, m);
        for (int j = 0; j < t; j++) {
          final int jj = j;
          names.add("beta" + (j + 1));
          cols.add(column(d, r -> d.flags[r][jj]));
        }
      }
      case "Mb" -> {
        requireHistories(d, m);
        names.add("beta1");
        cols.add(column(d, r -> d.firstCapture(r) - 1));
        names.add("beta2");
        cols.add(column(d, r -> d.nbcap[r] - 1));
      }
      case "Mbh" -> {
        requireHistories(d, m);
        names.add("eta");
        cols.add(column(d, r -> 1 - d.flags[r][0]));
        names.add("beta1");
        cols.add(column(d, r -> d.firstCapture(r) - 1));
        names.add("beta2");
        cols.add(column(d, r -> d.nbcap[r] - 1));
      }
      default -> throw new IllegalArgumentException("unknown model '" + m + "'; expected M0, Mt, Mh, Mth, Mb or Mbh");
    }
    int nca = (m.equals("M0") || m.equals("Mh")) ? 2 : t + 1;
    addHeterogeneity(d, h, names, cols);
    return of(d, names, cols, nca);
  }

  /** A hierarchical model: main effects, then interactions by order and digits, then heterogeneity. */
  static Design hierarchical(CellData d, HierarchicalModel model, Heterogeneity h) {
    requireHistories(d, model.toString());
    if (model.lists() != d.t) {
      throw new IllegalArgumentException("model " + model + " is for " + model.lists() + " lists; the data have " + d.t);
    }
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (int j = 0; j < d.t; j++) {
      final int jj = j;
      names.add("beta" + (j + 1));
      cols.add(column(d, r -> d.flags[r][jj]));
    }
    for (int term : model.interactionTerms()) {
      names.add("lambda" + String.join("_", HierarchicalModel.digits(term).split("")));
      cols.add(column(d, r -> {
        for (int j = 0; j < d.t; j++) {
          if ((term >> j & 1) == 1 && d.flags[r][j] == 0) {
            return 0;
          }
        }
        return 1;
      }));
    }
    int nca = names.size() + 1;
    addHeterogeneity(d, h, names, cols);
    return of(d, names, cols, nca);
  }

  private static void requireHistories(CellData d, String m) {
    if (!d.byHistory) {
      throw new IllegalArgumentException("model " + m + " needs capture histories, not frequencies by number of captures");
    }
  }

  private static void addHeterogeneity(CellData d, Heterogeneity h, List<String> names, List<double[]> cols) {
    switch (h.kind()) {
      case NONE, NORMAL -> { }
      case CHAO -> {
        if (d.t < 3) {
          names.add("eta");
          cols.add(new double[d.rows]);
        } else {
          for (int j = 3; j <= d.t; j++) {
            final int jj = j;
            names.add("eta" + j);
            cols.add(column(d, r -> Math.max(d.nbcap[r] - jj + 1, 0)));
          }
        }
      }
      default -> {
        names.add("tau");
        cols.add(column(d, r -> h.column(d.nbcap[r])));
      }
    }
  }

  private interface RowFn {
    double at(int r);
  }

  private static double[] column(CellData d, RowFn f) {
    double[] c = new double[d.rows];
    for (int r = 0; r < d.rows; r++) {
      c[r] = f.at(r);
    }
    return c;
  }

  private static Design of(CellData d, List<String> names, List<double[]> cols, int nca) {
    double[][] x = new double[d.rows][cols.size()];
    for (int j = 0; j < cols.size(); j++) {
      for (int r = 0; r < d.rows; r++) {
        x[r][j] = cols.get(j)[r];
      }
    }
    return new Design(List.copyOf(names), x, nca);
  }

  /** The same design without column j (0-based, intercept not counted). */
  Design without(int j) {
    List<String> n = new ArrayList<>(names);
    n.remove(j);
    double[][] nx = new double[x.length][];
    for (int r = 0; r < x.length; r++) {
      double[] row = new double[names.size() - 1];
      for (int c = 0, o = 0; c < names.size(); c++) {
        if (c != j) {
          row[o++] = x[r][c];
        }
      }
      nx[r] = row;
    }
    return new Design(List.copyOf(n), nx, nca);
  }

  /** Rows of x with a leading intercept column (x as given, names ignored). */
  double[][] withInterceptRaw() {
    double[][] out = new double[x.length][];
    for (int r = 0; r < x.length; r++) {
      out[r] = new double[x[r].length + 1];
      out[r][0] = 1;
      System.arraycopy(x[r], 0, out[r], 1, x[r].length);
    }
    return out;
  }

  /** Rows with a leading intercept column; with {@code extraZeroRow}, a last row that is all 0 but the intercept. */
  double[][] withIntercept(boolean extraZeroRow) {
    int rows = x.length + (extraZeroRow ? 1 : 0);
    double[][] out = new double[rows][columns() + 1];
    for (int r = 0; r < x.length; r++) {
      out[r][0] = 1;
      System.arraycopy(x[r], 0, out[r], 1, columns());
    }
    if (extraZeroRow) {
      out[rows - 1][0] = 1;
    }
    return out;
  }
}
