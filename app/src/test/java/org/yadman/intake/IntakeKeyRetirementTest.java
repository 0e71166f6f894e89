package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yadman.testing.Cli;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

/**
 * Rotating the organisation's intake key: once a key is retired, neither the browser (the keys it
 * is given) nor the server (the no-JavaScript form) encrypts to it, while what was encrypted to it
 * before stays readable with its secret key. The last key cannot be retired.
 */
class IntakeKeyRetirementTest {
    private static final char[] SUCCESSOR_PASSPHRASE = "successor passphrase".toCharArray();

    @Test
    void aRetiredKeyIsNoLongerEncryptedToAndTheLastKeyStays(@TempDir Path dir) {
        var db = TestDatabases.fresh();
        var keys = new IntakeKeys(db.jdbi());
        OpenPgp.KeyPair old = IntakeFixtures.orgKey();
        OpenPgp.KeyPair successor = OpenPgp.newSubmitterKey(SUCCESSOR_PASSPHRASE, new Date(1_750_000_000_000L));
        String oldFpr = keys.add(old.publicKey(), Instant.now()).get(0);
        String successorFpr = keys.add(successor.publicKey(), Instant.now()).get(0);
        try (var site = RunningSite.start(db, Clock.systemUTC())) {
            var client = new IntakeClient(site.baseUrl());
            client.postMultipart("/en/testify", Map.of("testimony", "before the rotation"), List.of());

            String out = Cli.run(Cli.against(db, "intake", "keys", "retire", spaced(oldFpr).toLowerCase(java.util.Locale.ROOT),
                    "--data", dir.resolve("data").toString())).succeeded();
            assertThat(out).contains("Intake key " + oldFpr + " retired");

            assertThat(fingerprints(client.get("/api/intake/config").body())).containsExactly(successorFpr);
            client.postMultipart("/en/testify", Map.of("testimony", "after the rotation"), List.of());

            List<byte[]> messages = db.jdbi().withHandle(h -> h.createQuery("SELECT ciphertext FROM intake_message ORDER BY id").mapTo(byte[].class).list());
            assertThat(messages).hasSize(2);
            assertThat(text(OpenPgp.decrypt(messages.get(0), old.secretKey(), IntakeFixtures.ORG_PASSPHRASE))).contains("before the rotation");
            assertThat(text(OpenPgp.decrypt(messages.get(1), successor.secretKey(), SUCCESSOR_PASSPHRASE))).contains("after the rotation");
            assertThatThrownBy(() -> OpenPgp.decrypt(messages.get(1), old.secretKey(), IntakeFixtures.ORG_PASSPHRASE));

            assertThatThrownBy(() -> keys.retire(successorFpr, Instant.now())).hasMessageContaining("only active intake key")
                    .hasMessageContaining("add its successor first");
            assertThatThrownBy(() -> keys.retire(oldFpr, Instant.now())).hasMessageContaining("no active intake key " + oldFpr);
            assertThat(keys.active()).extracting(IntakeKeys.Key::fingerprint).containsExactly(successorFpr);
        }
    }

    private static List<String> fingerprints(String configJson) {
        int start = configJson.indexOf("-----BEGIN PGP PUBLIC KEY BLOCK-----");
        int end = configJson.indexOf("-----END PGP PUBLIC KEY BLOCK-----") + "-----END PGP PUBLIC KEY BLOCK-----".length();
        String armored = configJson.substring(start, end).replace("\\n", "\n").replace("\\r", "\r");
        return OpenPgp.publicKeyRings(armored.getBytes(StandardCharsets.US_ASCII)).stream().map(OpenPgp::fingerprint).toList();
    }

    private static String spaced(String fingerprint) {
        return fingerprint.replaceAll("(.{4})", "$1 ").trim();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
