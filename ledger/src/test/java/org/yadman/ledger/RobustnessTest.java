package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzing in the small: verifiers fed arbitrary proofs only ever answer with a
 * {@link VerificationException}, parsers fed mutated input only ever answer with an
 * {@link IllegalArgumentException}, and whatever a parser accepts it writes back byte for byte.
 * Also proofs at sizes the reference implementation is too slow for.
 */
class RobustnessTest {
  static final MerkleTree BIG = ReferenceCrossCheckTest.tree(ReferenceCrossCheckTest.entries(70_001, 1));
  static final NoteSigner LOG = Ledger.noteSigner("PRIVATE+KEY+Log+2271c621+AdEIq9FLRQni54Wg68T96VJO+iayOaulswav2DUMKgvQ");
  static final String NOTE = SignedNote.sign(new Checkpoint("example.com/log", 70_001, BIG.root(),
      List.of("ext line")).text(), List.of(LOG)).toString();

  @Property(tries = 200)
  void proofsAtLargeSizesVerify(@ForAll @LongRange(min = 1, max = 70_001) long size,
      @ForAll @LongRange(min = 0, max = 70_000) long rawIndex, @ForAll @LongRange(min = 1, max = 70_001) long rawSize1)
      throws VerificationException {
    long index = rawIndex % size;
    long size1 = 1 + (rawSize1 - 1) % size;
    Hash root = BIG.rootAt(size);
    BIG.inclusionProof(index, size).verify(BIG.leafHash(index), root);
    BIG.consistencyProof(size1, size).verify(BIG.rootAt(size1), root);
  }

  @Provide
  Arbitrary<List<byte[]>> garbageProofs() {
    Arbitrary<byte[]> hash = Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofSize(32),
        Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(40));
    return hash.list().ofMaxSize(70);
  }

  @Property(tries = 600)
  void inclusionVerifierOnlyEverSaysNoWithAReason(@ForAll long index, @ForAll long size,
      @ForAll("garbageProofs") List<byte[]> proof, @ForAll @Size(max = 40) byte[] leaf, @ForAll @Size(max = 40) byte[] root) {
    try {
      ProofVerifier.verifyInclusion(index, size, leaf, proof, root);
    } catch (VerificationException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 600)
  void consistencyVerifierOnlyEverSaysNoWithAReason(@ForAll long size1, @ForAll long size2,
      @ForAll("garbageProofs") List<byte[]> proof, @ForAll @Size(max = 40) byte[] root1, @ForAll @Size(max = 40) byte[] root2) {
    try {
      ProofVerifier.verifyConsistency(size1, size2, proof, root1, root2);
    } catch (VerificationException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> mutatedNotes() {
    Arbitrary<Character> chars = Arbitraries.of('\n', ' ', '+', '=', '0', 'A', '/', '\u2014', '\t', 'x', '-');
    return Arbitraries.integers().between(0, NOTE.length() - 1).list().ofMinSize(1).ofMaxSize(3)
        .flatMap(positions -> chars.list().ofSize(positions.size()).flatMap(cs ->
            Arbitraries.integers().between(0, 2).list().ofSize(positions.size()).map(ops -> {
              StringBuilder sb = new StringBuilder(NOTE);
              for (int i = 0; i < positions.size(); i++) {
                int at = Math.min(positions.get(i), sb.length() - 1);
                switch (ops.get(i)) {
                  case 0 -> sb.insert(at, cs.get(i));
                  case 1 -> sb.deleteCharAt(at);
                  default -> sb.setCharAt(at, cs.get(i));
                }
              }
              return sb.toString();
            })));
  }

  @Property(tries = 600)
  void whateverParsesWritesBackByteForByte(@ForAll("mutatedNotes") String note) {
    SignedNote n;
    try {
      n = SignedNote.parse(note);
    } catch (IllegalArgumentException e) {
      return;
    }
    assertThat(n.toString()).isEqualTo(note);
    try {
      assertThat(Checkpoint.parse(n.text()).text()).isEqualTo(n.text());
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("checkpoint");
    }
    try {
      n.verify(List.of(LOG.verifier()));
      assertThat(n.text()).isEqualTo(SignedNote.parse(NOTE).text()); // only unchanged text verifies
    } catch (VerificationException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void tlogProofsRoundTripOrAreRefused(@ForAll @IntRange(min = 0, max = 70_000) int index,
      @ForAll("mutatedNotes") String note) {
    SignedNote n;
    try {
      n = SignedNote.parse(note);
      Checkpoint.of(n);
    } catch (IllegalArgumentException e) {
      return;
    }
    List<Hash> hashes = new ArrayList<>(BIG.inclusionProof(index, 70_001).hashes());
    TlogProof p = new TlogProof(null, index, hashes, n);
    assertThat(TlogProof.parse(p.toString()).toString()).isEqualTo(p.toString());
  }
}
