package org.yadman.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * One tile of a C2SP tlog-tiles log (https://c2sp.org/tlog-tiles): tile {@code index} at tile
 * level {@code level}, holding {@code width} (1..256) consecutive hashes of Merkle level
 * 8·level, or, for entry bundles, {@code width} entries.
 *
 * <p>Design note: tiles are 256 hashes wide (height 8), so the level-L tile n holds the hashes
 * MTH(D[(256n + i)·256^L, (256n + i + 1)·256^L)) for i in [0, width). A tile is full at width
 * 256, and partial otherwise; the partial tile of a tree of size s at level L has width
 * floor(s / 256^L) mod 256. Paths are {@code tile/<L>/<N>[.p/<W>]} and
 * {@code tile/entries/<N>[.p/<W>]} with N written in 3-digit groups, every group but the last
 * prefixed with 'x' (1234067 → x001/x234/067).
 */
public record Tile(int level, long index, int width) {
  /** Hashes or entries in a full tile. */
  public static final int WIDTH = 256;

  public Tile {
    if (level < 0 || level > 7) {
      throw new IllegalArgumentException("tile level " + level + " outside [0, 7]");
    }
    if (index < 0) {
      throw new IllegalArgumentException("tile index " + index + " is negative");
    }
    if (width < 1 || width > WIDTH) {
      throw new IllegalArgumentException("tile width " + width + " outside [1, " + WIDTH + "]");
    }
  }

  public boolean isPartial() {
    return width < WIDTH;
  }

  /** The hash tile's path, such as {@code tile/0/x001/234.p/7}. */
  public String path() {
    return "tile/" + level + "/" + encodeIndex(index) + suffix();
  }

  /** The path of the entry bundle with the same index and width (level must be 0). */
  public String entriesPath() {
    if (level != 0) {
      throw new IllegalStateException("entry bundles exist at level 0 only, this tile is at level " + level);
    }
    return "tile/entries/" + encodeIndex(index) + suffix();
  }

  private String suffix() {
    return width == WIDTH ? "" : ".p/" + width;
  }

  /** The number of hashes at Merkle level 8·level in a tree of {@code treeSize} leaves. */
  static long hashesAtLevel(int level, long treeSize) {
    return level * 8 >= 63 ? 0 : treeSize >>> (8 * level);
  }

  /** The tile that holds hash {@code n} of Merkle level 8·level in a tree of {@code treeSize}. */
  public static Tile containing(int level, long n, long treeSize) {
    long count = hashesAtLevel(level, treeSize);
    if (n < 0 || n >= count) {
      throw new IllegalArgumentException("hash " + n + " at tile level " + level
          + " out of bounds for tree size " + treeSize + " (" + count + " hashes at that level)");
    }
    long index = n / WIDTH;
    long end = Math.min(count, (index + 1) * WIDTH);
    return new Tile(level, index, (int) (end - index * WIDTH));
  }

  /** Every tile of a tree of {@code treeSize} leaves, level by level, left to right. */
  public static List<Tile> allFor(long treeSize) {
    if (treeSize < 0) {
      throw new IllegalArgumentException("tree size " + treeSize + " is negative");
    }
    List<Tile> tiles = new ArrayList<>();
    for (int level = 0; level <= 7; level++) {
      long count = hashesAtLevel(level, treeSize);
      for (long i = 0; i * WIDTH < count; i++) {
        tiles.add(new Tile(level, i, (int) Math.min(WIDTH, count - i * WIDTH)));
      }
    }
    return tiles;
  }

  /**
   * The tiles to write when a log grows from {@code size1} to {@code size2} leaves: at each level,
   * the last tile of size1 (if it was partial, it has grown) and every tile after it. Everything
   * else is already on disk and never changes.
   */
  public static List<Tile> grownBetween(long size1, long size2) {
    if (size1 < 0 || size1 > size2) {
      throw new IllegalArgumentException(
          "growth needs 0 <= size1 <= size2, got size1 " + size1 + " and size2 " + size2);
    }
    List<Tile> tiles = new ArrayList<>();
    for (Tile t : allFor(size2)) {
      long before = hashesAtLevel(t.level(), size1);
      if (t.index() * WIDTH + t.width() > before) {
        tiles.add(t);
      }
    }
    return tiles;
  }

  /** The index as 3-digit groups, all but the last prefixed with 'x': 1234067 → x001/x234/067. */
  public static String encodeIndex(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("tile index " + n + " is negative");
    }
    String s = String.format("%03d", n % 1000);
    for (n /= 1000; n > 0; n /= 1000) {
      s = String.format("x%03d/", n % 1000) + s;
    }
    return s;
  }
}
