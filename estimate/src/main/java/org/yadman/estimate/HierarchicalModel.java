package org.yadman.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A hierarchical log-linear model over k lists, named as Rcapture names it: its generating
 * interactions in brackets, lists numbered from 1, e.g. {@code [123,14,34]} (the 3-way term 123, the
 * pairs 14 and 34, every lower-order term they imply and every main effect). {@code [1,2,3,4]} is
 * independence (Rcapture's Mt). Lists 10 and above cannot be written in this form.
 *
 * @param lists the number of lists k
 * @param generators the maximal terms of order ≥ 2, as bit masks (bit j = list j + 1), in canonical
 *     order: higher order first, then by the digits
 */
public record HierarchicalModel(int lists, List<Integer> generators) {
  public HierarchicalModel {
    if (lists < 2 || lists > 9) {
      throw new IllegalArgumentException("a named hierarchical model needs 2 to 9 lists; got " + lists);
    }
    Objects.requireNonNull(generators, "generators");
    List<Integer> g = new ArrayList<>();
    for (int m : generators) {
      if (m <= 0 || m >= (1 << lists)) {
        throw new IllegalArgumentException("a term must name lists 1.." + lists + "; got mask " + m);
      }
      if (Integer.bitCount(m) == 1) {
        continue; // main effects are always in
      }
      if (Integer.bitCount(m) == lists) {
        throw new IllegalArgumentException("the " + lists + "-way term saturates the model and is not estimable");
      }
      g.add(m);
    }
    // keep only maximal terms
    List<Integer> maximal = new ArrayList<>();
    for (int m : g) {
      boolean contained = false;
      for (int o : g) {
        if (o != m && (o & m) == m) {
          contained = true;
          break;
        }
      }
      if (!contained && !maximal.contains(m)) {
        maximal.add(m);
      }
    }
    maximal.sort((a, b) -> {
      int c = Integer.compare(Integer.bitCount(b), Integer.bitCount(a));
      return c != 0 ? c : digits(a).compareTo(digits(b));
    });
    generators = List.copyOf(maximal);
  }

  /** Parses Rcapture's name, e.g. {@code [123,14,34]} or {@code [12,3]}, for k lists. */
  public static HierarchicalModel parse(String name, int lists) {
    Objects.requireNonNull(name, "name");
    String s = name.strip();
    if (!s.startsWith("[") || !s.endsWith("]")) {
      throw new IllegalArgumentException("a model name must look like [123,14,34]; got '" + name + "'");
    }
    String body = s.substring(1, s.length() - 1).strip();
    List<Integer> terms = new ArrayList<>();
    if (!body.isEmpty()) {
      for (String term : body.split(",")) {
        String t = term.strip();
        if (t.isEmpty()) {
          throw new IllegalArgumentException("empty term in model name '" + name + "'");
        }
        int mask = 0;
        for (char c : t.toCharArray()) {
          int d = c - '0';
          if (d < 1 || d > lists) {
            throw new IllegalArgumentException("list numbers in a model name must be 1.." + lists + "; got '" + c
                + "' in '" + name + "'");
          }
          if ((mask >> (d - 1) & 1) == 1) {
            throw new IllegalArgumentException("list " + d + " repeated in term '" + t + "' of '" + name + "'");
          }
          mask |= 1 << (d - 1);
        }
        terms.add(mask);
      }
    }
    return new HierarchicalModel(lists, terms);
  }

  /** Every term of order ≥ 2 in the model, in Rcapture's column order (by order, then by digits). */
  public List<Integer> interactionTerms() {
    List<Integer> all = new ArrayList<>();
    for (int m = 1; m < (1 << lists); m++) {
      if (Integer.bitCount(m) < 2) {
        continue;
      }
      for (int g : generators) {
        if ((g & m) == m) {
          all.add(m);
          break;
        }
      }
    }
    all.sort((a, b) -> {
      int c = Integer.compare(Integer.bitCount(a), Integer.bitCount(b));
      return c != 0 ? c : digits(a).compareTo(digits(b));
    });
    return Collections.unmodifiableList(all);
  }

  static String digits(int mask) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < 31; j++) {
      if ((mask >> j & 1) == 1) {
        sb.append(j + 1);
      }
    }
    return sb.toString();
  }

  /** Rcapture's name: generators, then main effects not covered by any generator. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    int covered = 0;
    for (int g : generators) {
      parts.add(digits(g));
      covered |= g;
    }
    for (int j = 0; j < lists; j++) {
      if ((covered >> j & 1) == 0) {
        parts.add(Integer.toString(j + 1));
      }
    }
    return "[" + String.join(",", parts) + "]";
  }
}
