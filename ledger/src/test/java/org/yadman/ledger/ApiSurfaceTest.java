package org.yadman.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is a short, deliberate list: interfaces, immutable values, one exception and one
 * entry class. Anything else made public by accident fails here.
 */
class ApiSurfaceTest {

  @Test
  void onlyTheIntendedTypesArePublic() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(Ledger.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("org/yadman/ledger");
    List<String> publicTypes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
          continue;
        }
        Class<?> c = Class.forName("org.yadman.ledger." + name.substring(0, name.length() - 6));
        if (Modifier.isPublic(c.getModifiers())) {
          publicTypes.add(c.getSimpleName());
        }
      }
    }
    assertThat(publicTypes).containsExactlyInAnyOrder(
        "Ledger", "VerificationException",
        "MerkleTree", "HashStore", "WritableHashStore", "NoteSigner", "NoteVerifier",
        "Hash", "InclusionProof", "ConsistencyProof", "SignedNote", "NoteSignature", "Checkpoint",
        "Tile", "TlogProof");
  }

  @Test
  void publicValuesAreImmutable() {
    for (Class<?> c : List.of(Hash.class, InclusionProof.class, ConsistencyProof.class, SignedNote.class,
        NoteSignature.class, Checkpoint.class, Tile.class, TlogProof.class)) {
      assertThat(Modifier.isFinal(c.getModifiers())).as(c.getSimpleName()).isTrue();
      for (var f : c.getDeclaredFields()) {
        assertThat(Modifier.isFinal(f.getModifiers())).as(c.getSimpleName() + "." + f.getName()).isTrue();
      }
    }
  }
}
