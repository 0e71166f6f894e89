package org.yadman.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads, verifies and writes a C2SP tlog-tiles log (https://c2sp.org/tlog-tiles) in a directory:
 * {@code checkpoint}, {@code tile/<L>/<N>[.p/<W>]} hash tiles and
 * {@code tile/entries/<N>[.p/<W>]} entry bundles.
 *
 * <p>Design note: verification trusts nothing on disk but the checkpoint's signature. It
 * re-hashes every entry (leaf hash SHA-256(0x00 || entry), RFC 9162), rebuilds the tree, checks
 * its root against the checkpoint, and then checks that every hash tile the checkpoint's size
 * calls for holds exactly the recomputed hashes. An entry bundle is a sequence of
 * {@code uint16 big-endian length || entry}. As a {@link HashStore}, a tile directory answers a
 * node at Merkle level l from the tile at tile level l/8 by hashing the 2^(l mod 8) tile hashes
 * below it, which is what lets proofs be served from tiles alone. It caches the tiles it has
 * read and is not thread-safe; use one per request or per verifying thread.
 */
final class TiledLog implements HashStore {
  private final Path dir;
  private final long treeSize;
  private final Map<Tile, byte[]> cache = new HashMap<>();

  TiledLog(Path dir, long treeSize) {
    this.dir = dir;
    this.treeSize = treeSize;
  }

  @Override
  public Hash node(int level, long index) {
    MemoryHashStore.checkAddress(level, index);
    int tileLevel = level / 8;
    int sub = level % 8;
    long first = index << sub; // first hash at Merkle level 8·tileLevel under this node
    long count = Tile.hashesAtLevel(tileLevel, treeSize);
    if (first + (1L << sub) > count) {
      throw new NoSuchElementException("no complete node at level " + level + " index " + index
          + " in a tree of size " + treeSize);
    }
    Tile tile = Tile.containing(tileLevel, first, treeSize);
    byte[] data = cache.computeIfAbsent(tile, t -> readHashTile(t));
    int at = (int) (first - tile.index() * Tile.WIDTH);
    Hash[] row = new Hash[1 << sub];
    for (int i = 0; i < row.length; i++) {
      row[i] = Hash.of(data, (at + i) * Hash.SIZE);
    }
    for (int n = row.length; n > 1; n /= 2) {
      for (int i = 0; i < n / 2; i++) {
        row[i] = Hasher.node(row[2 * i], row[2 * i + 1]);
      }
    }
    return row[0];
  }

  private byte[] readHashTile(Tile t) {
    String path = wider(t, false);
    byte[] data = read(path);
    if (!path.equals(t.path()) && data.length > t.width() * Hash.SIZE) {
      data = Arrays.copyOf(data, t.width() * Hash.SIZE); // the wider tile's prefix
    }
    if (data.length != t.width() * Hash.SIZE) {
      throw new IllegalStateException(path + " holds " + data.length + " bytes, a tile of width "
          + t.width() + " must hold " + t.width() * Hash.SIZE);
    }
    return data;
  }

  /**
   * The path to read for tile {@code t}: its own, or when a partial tile is gone, the full tile
   * or the narrowest wider partial one. A tile's hashes and entries never change as it fills up,
   * so any wider version holds the narrower one as a prefix (tlog-tiles lets clients use them).
   */
  private String wider(Tile t, boolean entries) {
    String own = entries ? t.entriesPath() : t.path();
    if (!t.isPartial() || Files.exists(dir.resolve(own))) {
      return own;
    }
    Tile full = new Tile(t.level(), t.index(), Tile.WIDTH);
    String fullPath = entries ? full.entriesPath() : full.path();
    if (Files.exists(dir.resolve(fullPath))) {
      return fullPath;
    }
    for (int w = t.width() + 1; w < Tile.WIDTH; w++) {
      Tile p = new Tile(t.level(), t.index(), w);
      String candidate = entries ? p.entriesPath() : p.path();
      if (Files.exists(dir.resolve(candidate))) {
        return candidate;
      }
    }
    return own;
  }

  private byte[] read(String path) {
    try {
      return Files.readAllBytes(dir.resolve(path));
    } catch (NoSuchFileException e) {
      throw new NoSuchElementException("tile " + path + " is missing from " + dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(path), e);
    }
  }

  /** The entries of the first {@code treeSize} leaves, read from entry bundles. */
  List<byte[]> entries() {
    List<byte[]> out = new ArrayList<>();
    for (Tile t : Tile.allFor(treeSize)) {
      if (t.level() == 0) {
        String path = wider(t, true);
        int width = path.equals(t.entriesPath()) ? t.width()
            : path.contains(".p/") ? Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)) : Tile.WIDTH;
        List<byte[]> bundle = decodeBundle(read(path), width, path);
        out.addAll(bundle.subList(0, t.width()));
      }
    }
    return out;
  }

  /**
   * Verifies the directory against its {@code checkpoint} file and returns the checkpoint.
   *
   * @throws VerificationException naming the file and the rule that failed
   */
  static SignedNote verify(Path dir, Collection<? extends NoteVerifier> verifiers)
      throws VerificationException {
    SignedNote note;
    try {
      note = SignedNote.parse(Files.readAllBytes(dir.resolve("checkpoint")));
    } catch (IOException e) {
      throw new VerificationException("cannot read " + dir.resolve("checkpoint") + ": " + e, e);
    } catch (IllegalArgumentException e) {
      throw new VerificationException(dir.resolve("checkpoint") + ": " + e.getMessage(), e);
    }
    note.verify(verifiers);
    Checkpoint cp;
    try {
      cp = Checkpoint.of(note);
    } catch (IllegalArgumentException e) {
      throw new VerificationException(dir.resolve("checkpoint") + ": " + e.getMessage(), e);
    }
    TiledLog log = new TiledLog(dir, cp.size());
    CompactTree tree = new CompactTree(new MemoryHashStore());
    try {
      for (byte[] e : log.entries()) {
        tree.append(e);
      }
      if (!tree.root().equals(cp.root())) {
        throw new VerificationException("entry bundles in " + dir + " give root " + tree.root()
            + " for size " + cp.size() + ", the checkpoint says " + cp.root());
      }
      for (Tile t : Tile.allFor(cp.size())) {
        byte[] data = log.readHashTile(t);
        for (int i = 0; i < t.width(); i++) {
          Hash want = tree.store().node(8 * t.level(), t.index() * Tile.WIDTH + i);
          if (!Hash.of(data, i * Hash.SIZE).equals(want)) {
            throw new VerificationException(t.path() + " hash " + i + " is " + Hash.of(data, i * Hash.SIZE)
                + ", the entries give " + want);
          }
        }
      }
    } catch (NoSuchElementException | IllegalStateException | IllegalArgumentException e) {
      throw new VerificationException(e.getMessage(), e);
    }
    return note;
  }

  /**
   * Writes the entry bundles and hash tiles that changed since {@code fromSize} (all of them for
   * 0), then the checkpoint of {@code tree} at its current size, last, so that a reader never
   * sees a checkpoint whose tiles are not there yet. {@code entries} must list every entry of
   * the tree; only those in changed bundles are read.
   */
  static void write(Path dir, MerkleTree tree, long fromSize, List<byte[]> entries, SignedNote checkpoint)
      throws IOException {
    Checkpoint cp = Checkpoint.of(checkpoint);
    if (cp.size() != tree.size() || !cp.root().equals(tree.root()) || entries.size() != tree.size()) {
      throw new IllegalArgumentException("checkpoint size " + cp.size() + ", tree size " + tree.size()
          + " and " + entries.size() + " entries must agree, and so must the roots");
    }
    for (Tile t : Tile.grownBetween(fromSize, tree.size())) {
      ByteArrayOutputStream hashes = new ByteArrayOutputStream(t.width() * Hash.SIZE);
      for (int i = 0; i < t.width(); i++) {
        hashes.write(tree.store().node(8 * t.level(), t.index() * Tile.WIDTH + i).raw());
      }
      writeFile(dir.resolve(t.path()), hashes.toByteArray());
      if (t.level() == 0) {
        int from = (int) (t.index() * Tile.WIDTH);
        writeFile(dir.resolve(t.entriesPath()), encodeBundle(entries.subList(from, from + t.width())));
      }
    }
    writeFile(dir.resolve("checkpoint"), checkpoint.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void writeFile(Path p, byte[] data) throws IOException {
    Files.createDirectories(p.getParent());
    Files.write(p, data);
  }

  static byte[] encodeBundle(List<byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] e : entries) {
      if (e.length > 0xffff) {
        throw new IllegalArgumentException(
            "an entry in a bundle is at most 65535 bytes, got " + e.length);
      }
      out.write(e.length >>> 8);
      out.write(e.length & 0xff);
      out.writeBytes(e);
    }
    return out.toByteArray();
  }

  static List<byte[]> decodeBundle(byte[] data, int width, String path) {
    List<byte[]> out = new ArrayList<>(width);
    int at = 0;
    while (at < data.length) {
      if (at + 2 > data.length) {
        throw new IllegalStateException(path + ": truncated length at byte " + at);
      }
      int len = (data[at] & 0xff) << 8 | (data[at + 1] & 0xff);
      if (at + 2 + len > data.length) {
        throw new IllegalStateException(path + ": entry " + out.size() + " of " + len
            + " bytes runs past the end of the bundle at byte " + at);
      }
      out.add(Arrays.copyOfRange(data, at + 2, at + 2 + len));
      at += 2 + len;
    }
    if (out.size() != width) {
      throw new IllegalStateException(
          path + ": bundle holds " + out.size() + " entries, its width is " + width);
    }
    return out;
  }
}
