package org.yadman.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The entry point of the ledger library: RFC 9162 Merkle trees and proofs, C2SP signed notes,
 * checkpoints, cosignatures, tiles and tlog-proofs.
 *
 * <p>Everything here is a static factory or a pure function over the public values ({@link Hash},
 * {@link InclusionProof}, {@link ConsistencyProof}, {@link Checkpoint}, {@link SignedNote},
 * {@link Tile}, {@link TlogProof}); implementations are package-private. The library uses only
 * the JDK (SHA-256 and Ed25519 from {@code java.security}).
 */
public final class Ledger {
  private Ledger() {}

  // ---- RFC 9162 hashing -------------------------------------------------------------------

  /** SHA-256(0x00 || entry): the leaf hash of RFC 9162 section 2.1.1. */
  public static Hash leafHash(byte[] entry) {
    if (entry == null) {
      throw new IllegalArgumentException("entry must not be null");
    }
    return Hasher.leaf(entry);
  }

  /** SHA-256(0x01 || left || right): an interior node. */
  public static Hash nodeHash(Hash left, Hash right) {
    if (left == null || right == null) {
      throw new IllegalArgumentException("node children must not be null");
    }
    return Hasher.node(left, right);
  }

  /** SHA-256 of the empty string: the root of the empty tree. */
  public static Hash emptyRoot() {
    return Hasher.EMPTY_ROOT;
  }

  // ---- trees and stores --------------------------------------------------------------------

  /** An empty in-memory hash store. */
  public static WritableHashStore inMemoryHashStore() {
    return new MemoryHashStore();
  }

  /** An empty append-only tree backed by a new in-memory store. */
  public static MerkleTree newTree() {
    return new CompactTree(new MemoryHashStore());
  }

  /** An empty append-only tree that writes into {@code store}, which must be empty. */
  public static MerkleTree newTree(WritableHashStore store) {
    if (store == null) {
      throw new IllegalArgumentException("store must not be null");
    }
    return new CompactTree(store);
  }

  /** Resumes a tree of {@code size} leaves from a store that holds its complete subtrees. */
  public static MerkleTree openTree(WritableHashStore store, long size) {
    if (store == null) {
      throw new IllegalArgumentException("store must not be null");
    }
    return new CompactTree(store, size);
  }

  /** MTH of the first {@code size} leaves, from the complete subtrees in {@code store}. */
  public static Hash rootAt(HashStore store, long size) {
    return ProofGenerator.rootAt(store, size);
  }

  /** The inclusion proof of leaf {@code index} in the tree of {@code size} leaves in {@code store}. */
  public static InclusionProof inclusionProof(HashStore store, long index, long size) {
    return ProofGenerator.inclusion(store, index, size);
  }

  /** The consistency proof from {@code size1} to {@code size2} leaves, from {@code store}. */
  public static ConsistencyProof consistencyProof(HashStore store, long size1, long size2) {
    return ProofGenerator.consistency(store, size1, size2);
  }

  // ---- signed notes ------------------------------------------------------------------------

  /**
   * A verifier for a note key string {@code name+keyid+base64(type || key)}: type 0x01 for
   * Ed25519 note signatures, 0x04 for tlog-cosignature v1 witness cosignatures.
   */
  public static NoteVerifier noteVerifier(String verifierKey) {
    return Ed25519NoteKeys.verifier(verifierKey, Ed25519NoteKeys.ED25519);
  }

  /**
   * A verifier of C2SP tlog-cosignature v1 witness cosignatures (signature type 0x04) for the
   * witness key {@code verifierKey}, given with type byte 0x04 or as a plain Ed25519 key (0x01).
   */
  public static NoteVerifier cosignatureVerifier(String verifierKey) {
    return Ed25519NoteKeys.verifier(verifierKey, Ed25519NoteKeys.COSIGNATURE_V1);
  }

  /**
   * A verifier of RFC 6962 {@code TreeHeadSignature} note signatures (type 0x05, C2SP
   * static-ct-api) by the ECDSA P-256 key {@code spkiDer} of the log named {@code name}.
   */
  public static NoteVerifier rfc6962NoteVerifier(String name, byte[] spkiDer) {
    if (spkiDer == null) {
      throw new IllegalArgumentException("public key must not be null");
    }
    return new Rfc6962NoteVerifier(name, spkiDer);
  }

  /** A signer for a key string {@code PRIVATE+KEY+name+keyid+base64(0x01 || seed)}. */
  public static NoteSigner noteSigner(String signerKey) {
    return Ed25519NoteKeys.signer(signerKey, null, Ed25519NoteKeys.ED25519);
  }

  /** A witness cosigner (tlog-cosignature v1) whose timestamps come from {@code clock}. */
  public static NoteSigner cosigner(String signerKey, Clock clock) {
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null");
    }
    return Ed25519NoteKeys.signer(signerKey, clock, Ed25519NoteKeys.COSIGNATURE_V1);
  }

  /** A new secret signer key string for {@code name}. Keep it secret; derive the verifier from it. */
  public static String newSignerKey(String name, SecureRandom random) {
    if (random == null) {
      throw new IllegalArgumentException("random must not be null");
    }
    return Ed25519NoteKeys.newSignerKey(name, random);
  }

  /** The checkpoint of {@code tree} at its current size, signed by {@code log}. */
  public static SignedNote signCheckpoint(String origin, MerkleTree tree, NoteSigner log) {
    Checkpoint cp = new Checkpoint(origin, tree.size(), tree.root());
    return SignedNote.sign(cp.text(), List.of(log));
  }

  /**
   * Parses and verifies a signed checkpoint: the log's signature is required, {@code origin}
   * must match.
   */
  public static Checkpoint openCheckpoint(String note, String origin, NoteVerifier log)
      throws VerificationException {
    SignedNote n;
    Checkpoint cp;
    try {
      n = SignedNote.parse(note);
      n.verify(List.of(log));
      cp = Checkpoint.of(n);
    } catch (IllegalArgumentException e) {
      throw new VerificationException(e.getMessage(), e);
    }
    if (!cp.origin().equals(origin)) {
      throw new VerificationException(
          "checkpoint origin is \"" + cp.origin() + "\", expected \"" + origin + "\"");
    }
    return cp;
  }

  // ---- tiles -------------------------------------------------------------------------------

  /** A read-only hash store over the hash tiles in {@code dir} for a tree of {@code size}. */
  public static HashStore tileHashStore(Path dir, long size) {
    return new TiledLog(dir, size);
  }

  /** The entries of the first {@code size} leaves, read from the entry bundles in {@code dir}. */
  public static List<byte[]> readEntries(Path dir, long size) {
    return new TiledLog(dir, size).entries();
  }

  /**
   * Verifies a tiled log directory: its checkpoint's signature, every entry bundle against the
   * checkpoint's root, and every hash tile against the entries. Returns the signed checkpoint.
   */
  public static SignedNote verifyTiledLog(Path dir, Collection<? extends NoteVerifier> verifiers)
      throws VerificationException {
    return TiledLog.verify(dir, verifiers);
  }

  /**
   * Writes all of {@code tree}'s hash tiles and entry bundles into {@code dir}, then
   * {@code checkpoint} (which must be for the tree's current size and root).
   */
  public static void writeTiledLog(Path dir, MerkleTree tree, List<byte[]> entries, SignedNote checkpoint)
      throws IOException {
    TiledLog.write(dir, tree, 0, entries, checkpoint);
  }

  /**
   * Like {@link #writeTiledLog(Path, MerkleTree, List, SignedNote)} for a directory that already
   * holds the log at {@code fromSize}: writes only the tiles that grew ({@link Tile#grownBetween}).
   */
  public static void writeTiledLog(Path dir, MerkleTree tree, long fromSize, List<byte[]> entries,
      SignedNote checkpoint) throws IOException {
    if (fromSize < 0 || fromSize > tree.size()) {
      throw new IllegalArgumentException(
          "fromSize " + fromSize + " out of bounds for a tree of " + tree.size() + " leaves");
    }
    TiledLog.write(dir, tree, fromSize, entries, checkpoint);
  }

  /** The bytes of an entry bundle: each entry as uint16 big-endian length, then its bytes. */
  public static byte[] encodeEntryBundle(List<byte[]> entries) {
    return TiledLog.encodeBundle(entries);
  }

  /** Splits an entry bundle of {@code width} entries. */
  public static List<byte[]> decodeEntryBundle(byte[] bundle, int width) {
    try {
      return TiledLog.decodeBundle(bundle, width, "entry bundle");
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
