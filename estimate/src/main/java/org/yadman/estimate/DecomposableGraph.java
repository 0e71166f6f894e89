package org.yadman.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * An undirected decomposable (chordal) graph over k lists, with its maximal cliques and the multiset
 * of its non-empty separators, as bit masks (bit j = list j + 1). The graph's edges are the pairs of
 * lists whose dependence the model allows.
 *
 * @param lists the number of vertices k
 * @param cliques maximal cliques in a perfect (running-intersection) order
 * @param separators non-empty separators C<sub>i</sub> ∩ (C<sub>1</sub> ∪ … ∪ C<sub>i−1</sub>)
 */
public record DecomposableGraph(int lists, List<Integer> cliques, List<Integer> separators) {
  public DecomposableGraph {
    cliques = List.copyOf(cliques);
    separators = List.copyOf(separators);
  }

  /** Every decomposable graph on k vertices (k ≤ 7), in order of their edge sets. */
  public static List<DecomposableGraph> all(int lists) {
    if (lists < 2 || lists > 7) {
      throw new IllegalArgumentException("decomposable graphs are enumerated for 2 to 7 lists; got " + lists);
    }
    int pairs = lists * (lists - 1) / 2;
    int[][] pairIndex = new int[pairs][2];
    int p = 0;
    for (int i = 0; i < lists; i++) {
      for (int j = i + 1; j < lists; j++) {
        pairIndex[p][0] = i;
        pairIndex[p][1] = j;
        p++;
      }
    }
    List<DecomposableGraph> out = new ArrayList<>();
    for (long edges = 0; edges < (1L << pairs); edges++) {
      int[] adj = new int[lists];
      for (int e = 0; e < pairs; e++) {
        if ((edges >> e & 1) == 1) {
          adj[pairIndex[e][0]] |= 1 << pairIndex[e][1];
          adj[pairIndex[e][1]] |= 1 << pairIndex[e][0];
        }
      }
      DecomposableGraph g = ofAdjacency(adj);
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }

  /** The graph with these adjacency masks, or null when it is not chordal. */
  static DecomposableGraph ofAdjacency(int[] adj) {
    int k = adj.length;
    // maximum cardinality search
    int[] order = new int[k];
    int numbered = 0;
    int[] weight = new int[k];
    for (int step = 0; step < k; step++) {
      int best = -1;
      for (int v = 0; v < k; v++) {
        if ((numbered >> v & 1) == 0 && (best < 0 || weight[v] > weight[best])) {
          best = v;
        }
      }
      order[step] = best;
      numbered |= 1 << best;
      for (int v = 0; v < k; v++) {
        if ((adj[best] >> v & 1) == 1) {
          weight[v]++;
        }
      }
    }
    // P_i = v_i plus its earlier neighbours; chordal iff every P_i is a clique
    List<Integer> candidates = new ArrayList<>();
    int earlier = 0;
    for (int step = 0; step < k; step++) {
      int v = order[step];
      int set = (adj[v] & earlier) | (1 << v);
      for (int a = 0; a < k; a++) {
        if ((set >> a & 1) == 1 && ((adj[a] | (1 << a)) & set) != set) {
          return null;
        }
      }
      candidates.add(set);
      earlier |= 1 << v;
    }
    List<Integer> cliques = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      int c = candidates.get(i);
      boolean maximal = true;
      for (int j = 0; j < candidates.size(); j++) {
        int o = candidates.get(j);
        if (j != i && (o & c) == c && (o != c || j < i)) {
          maximal = false;
          break;
        }
      }
      if (maximal) {
        cliques.add(c);
      }
    }
    List<Integer> separators = new ArrayList<>();
    int union = 0;
    for (int c : cliques) {
      int s = c & union;
      if (s != 0) {
        separators.add(s);
      }
      union |= c;
    }
    return new DecomposableGraph(k, cliques, separators);
  }

  /** "1-2 3" style, as the dga package's graph lists: cliques by their smallest vertex. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int c : cliques.stream().sorted((a, b) -> HierarchicalModel.digits(a).compareTo(HierarchicalModel.digits(b)))
        .toList()) {
      parts.add(String.join("-", HierarchicalModel.digits(c).split("")));
    }
    return String.join(" ", parts);
  }
}
