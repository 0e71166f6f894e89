package org.yadman.estimate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How many people were seen on each observable combination of lists: the input of every estimator.
 *
 * <p>With k lists there are 2<sup>k</sup> − 1 observable histories; a history is a bit mask whose
 * bit j (0-based) is set when list j recorded the person. Rules, checked when the value is built
 * (each violation is an {@link IllegalArgumentException} that states the rule and the value):
 * <ul>
 *   <li>at least 2 lists, at most 20, each with a non-blank, distinct name;</li>
 *   <li>every count is a non-negative integer;</li>
 *   <li>the all-zero history is the unknown being estimated: a count of 0 for it is accepted and
 *       ignored (some published tables list it), a positive count is rejected;</li>
 *   <li>a history given twice is summed;</li>
 *   <li>at least one person must be observed, and every list must have recorded someone: a list that
 *       caught nobody makes its capture probability zero and every model degenerate, so it is
 *       rejected with its name (drop the list and estimate without it).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class CaptureHistories {
  private final List<String> lists;
  private final long[] counts; // index = history mask, index 0 unused (always 0)

  private CaptureHistories(List<String> lists, long[] counts) {
    this.lists = lists;
    this.counts = counts;
  }

  /** Starts a builder for the given list names (in the order of the history bits). */
  public static Builder builder(String... listNames) {
    return new Builder(listNames);
  }

  /** Lists named L1…Lk; rows are 0/1 vectors of length k, counts aligned with rows. */
  public static CaptureHistories of(int[][] rows, long[] counts) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(counts, "counts");
    if (rows.length != counts.length) {
      throw new IllegalArgumentException(
          "rows and counts must have the same length; got " + rows.length + " rows and " + counts.length + " counts");
    }
    if (rows.length == 0) {
      throw new IllegalArgumentException("capture histories need at least one row; got none");
    }
    int k = rows[0].length;
    String[] names = new String[k];
    for (int j = 0; j < k; j++) {
      names[j] = "L" + (j + 1);
    }
    Builder b = builder(names);
    for (int i = 0; i < rows.length; i++) {
      b.add(rows[i], counts[i]);
    }
    return b.build();
  }

  /** Collects rows, then validates everything at {@link #build()}. */
  public static final class Builder {
    private final String[] names;
    private final long[] counts;

    private Builder(String[] names) {
      Objects.requireNonNull(names, "listNames");
      if (names.length < 2) {
        throw new IllegalArgumentException(
            "multiple systems estimation needs at least 2 lists; got " + names.length);
      }
      for (int j = 0; j < names.length; j++) {
        if (names[j] == null || names[j].isBlank()) {
          throw new IllegalArgumentException("list " + (j + 1) + " has no name");
        }
        for (int i = 0; i < j; i++) {
          if (names[i].equals(names[j])) {
            throw new IllegalArgumentException("list names must be distinct; '" + names[j] + "' appears twice");
          }
        }
      }
      if (names.length > 20) {
        throw new IllegalArgumentException("at most 20 lists are supported (2^k cells); got " + names.length);
      }
      this.names = names.clone();
      this.counts = new long[1 << names.length];
    }

    /** Adds a count for the history given as 0/1 flags, one per list. */
    public Builder add(int[] flags, long count) {
      Objects.requireNonNull(flags, "flags");
      if (flags.length != names.length) {
        throw new IllegalArgumentException("a history must have one flag per list (" + names.length + "); got "
            + flags.length + ": " + Arrays.toString(flags));
      }
      int mask = 0;
      for (int j = 0; j < flags.length; j++) {
        if (flags[j] != 0 && flags[j] != 1) {
          throw new IllegalArgumentException("history flags must be 0 or 1; got " + flags[j] + " for list '"
              + names[j] + "' in " + Arrays.toString(flags));
        }
        mask |= flags[j] << j;
      }
      return addMask(mask, count);
    }

    /** Adds a count for the history given as a bit mask (bit j = list j). */
    public Builder addMask(int mask, long count) {
      if (mask < 0 || mask >= counts.length) {
        throw new IllegalArgumentException(
            "a history mask must be in [0, " + counts.length + "); got " + mask);
      }
      if (count < 0) {
        throw new IllegalArgumentException("counts must be non-negative; got " + count + " for history "
            + pattern(mask, names.length));
      }
      if (mask == 0 && count > 0) {
        throw new IllegalArgumentException("the all-zero history " + pattern(0, names.length)
            + " is the unobserved count being estimated and cannot be given; got " + count);
      }
      counts[mask] = Math.addExact(counts[mask], count);
      return this;
    }

    /** Validates and freezes. */
    public CaptureHistories build() {
      long n = 0;
      for (long c : counts) {
        n += c;
      }
      if (n == 0) {
        throw new IllegalArgumentException("nobody was observed: the total count must be positive; got 0");
      }
      for (int j = 0; j < names.length; j++) {
        long caught = 0;
        for (int m = 1; m < counts.length; m++) {
          if ((m >> j & 1) == 1) {
            caught += counts[m];
          }
        }
        if (caught == 0) {
          throw new IllegalArgumentException("every list must record at least one person; list '" + names[j]
              + "' recorded 0 (drop it and estimate from the other lists)");
        }
      }
      return new CaptureHistories(List.of(names), counts.clone());
    }
  }

  /** The list names, in bit order. */
  public List<String> lists() {
    return lists;
  }

  /** Number of lists k. */
  public int listCount() {
    return lists.size();
  }

  /** The count for a history mask (0 for the unobserved history). */
  public long count(int mask) {
    if (mask < 0 || mask >= counts.length) {
      throw new IllegalArgumentException("a history mask must be in [0, " + counts.length + "); got " + mask);
    }
    return counts[mask];
  }

  /** The number of distinct people observed, n. */
  public long observed() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Counts by history mask (a copy; index 0 is the unobserved cell and always 0). */
  public long[] countsByMask() {
    return counts.clone();
  }

  /** Whether anybody was recorded by two or more lists. */
  boolean hasOverlap() {
    for (int m = 1; m < counts.length; m++) {
      if (Integer.bitCount(m) > 1 && counts[m] > 0) {
        return true;
      }
    }
    return false;
  }

  static final String NO_OVERLAP = "nobody was recorded by two or more lists: without overlap the data say nothing"
      + " about how many were missed, so N is not identifiable";

  static String pattern(int mask, int k) {
    StringBuilder sb = new StringBuilder(k);
    for (int j = 0; j < k; j++) {
      sb.append((mask >> j) & 1);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaptureHistories h && h.lists.equals(lists) && Arrays.equals(h.counts, counts);
  }

  @Override
  public int hashCode() {
    return lists.hashCode() * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "CaptureHistories" + lists + " n=" + observed();
  }
}
