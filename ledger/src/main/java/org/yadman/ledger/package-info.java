/**
 * Yadman's transparency log: an RFC 9162 Merkle tree with C2SP signed checkpoints, witness
 * cosignatures, tiles and proof files, verifiable offline with nothing but the JDK.
 *
 * <ul>
 *   <li>{@link org.yadman.ledger.Ledger}: the entry point; static factories and functions.
 *   <li>{@link org.yadman.ledger.MerkleTree}, {@link org.yadman.ledger.HashStore},
 *       {@link org.yadman.ledger.WritableHashStore}: an append-only tree over a pluggable store of
 *       complete-subtree hashes (RFC 9162 section 2.1).
 *   <li>{@link org.yadman.ledger.InclusionProof}, {@link org.yadman.ledger.ConsistencyProof}: RFC
 *       9162 sections 2.1.3 and 2.1.4, with verification.
 *   <li>{@link org.yadman.ledger.SignedNote}, {@link org.yadman.ledger.NoteSignature},
 *       {@link org.yadman.ledger.NoteSigner}, {@link org.yadman.ledger.NoteVerifier}:
 *       https://c2sp.org/signed-note with Ed25519, plus https://c2sp.org/tlog-cosignature.
 *   <li>{@link org.yadman.ledger.Checkpoint}: https://c2sp.org/tlog-checkpoint.
 *   <li>{@link org.yadman.ledger.Tile}: https://c2sp.org/tlog-tiles paths and tile sets.
 *   <li>{@link org.yadman.ledger.TlogProof}: https://c2sp.org/tlog-proof files.
 * </ul>
 *
 * <p>Everything else is package-private. Parsers accept only input that they write back byte for
 * byte; verification failures are {@link org.yadman.ledger.VerificationException}s whose
 * messages name the rule and the values.
 */
package org.yadman.ledger;
