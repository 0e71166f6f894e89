package org.yadman.ledger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Locates the external test vectors under {@code ${yadman.shared}/data/merkle} (the parent pom
 * sets {@code yadman.shared} to {@code ../shared}). On a bare clone the folder is absent and the
 * tests that need it are skipped, never failed. Nothing is copied from there into the repository.
 */
final class SharedData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  /** The merkle vector folder, or a skipped test when it is absent. */
  static Path merkle() {
    String shared = System.getProperty("yadman.shared");
    assumeTrue(shared != null && !shared.isBlank(),
        "system property yadman.shared is not set (run through Maven): external vectors skipped");
    Path dir = Path.of(shared, "data", "merkle");
    assumeTrue(Files.isDirectory(dir),
        "external test vectors not found at " + dir + " (bare clone without ../shared): skipped");
    return dir;
  }

  /** Like {@link #merkle()} but for use in a @MethodSource: returns null instead of skipping. */
  static Path merkleOrNull() {
    String shared = System.getProperty("yadman.shared");
    if (shared == null || shared.isBlank()) {
      return null;
    }
    Path dir = Path.of(shared, "data", "merkle");
    return Files.isDirectory(dir) ? dir : null;
  }

  static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  static byte[] b64(JsonNode n) {
    return n == null || n.isNull() ? null : Base64.getDecoder().decode(n.asText());
  }
}
