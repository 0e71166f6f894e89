package org.yadman.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * Every hierarchical log-linear model over k lists that contains all main effects and interactions of
 * order at most {@code maxOrder} (Rcapture's {@code closedpMS.t}, forced = all main effects): the
 * antichains of interaction terms. For 4 lists and order 3 there are 113; for 5 lists and order 2,
 * 1,024.
 */
final class ModelSearch {
  private ModelSearch() {}

  static List<HierarchicalModel> allModels(int lists, int maxOrder) {
    if (lists < 2 || lists > 9) {
      throw new IllegalArgumentException("the model search needs 2 to 9 lists; got " + lists);
    }
    if (maxOrder < 1 || maxOrder > lists - 1) {
      throw new IllegalArgumentException("maxOrder must be in [1, " + (lists - 1) + "]; got " + maxOrder);
    }
    List<Integer> terms = new ArrayList<>();
    for (int order = maxOrder; order >= 2; order--) {
      for (int m = 1; m < (1 << lists); m++) {
        if (Integer.bitCount(m) == order) {
          terms.add(m);
        }
      }
    }
    List<HierarchicalModel> out = new ArrayList<>();
    enumerate(terms, 0, new ArrayList<>(), lists, out);
    if (out.size() > 100_000) {
      throw new IllegalArgumentException("too many models to search (" + out.size() + "); lower maxOrder");
    }
    return out;
  }

  private static void enumerate(List<Integer> terms, int i, List<Integer> chosen, int lists,
      List<HierarchicalModel> out) {
    if (out.size() > 100_000) {
      return;
    }
    if (i == terms.size()) {
      out.add(new HierarchicalModel(lists, chosen));
      return;
    }
    int t = terms.get(i);
    boolean allowed = true;
    for (int c : chosen) {
      if ((c & t) == t) {
        allowed = false;
        break;
      }
    }
    if (allowed) {
      chosen.add(t);
      enumerate(terms, i + 1, chosen, lists, out);
      chosen.remove(chosen.size() - 1);
    }
    enumerate(terms, i + 1, chosen, lists, out);
  }
}
