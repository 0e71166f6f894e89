package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yadman.testing.MutableClock;
import org.yadman.testing.RunningSite;
import org.yadman.testing.TestDatabases;

/**
 * The resumable upload protocol against bad input: over the limit, a corrupted chunk, a replayed
 * chunk, a dropped connection, and a file that is not an OpenPGP message. Each is refused with a
 * clear status and sentence, and what was received before stays. An upload no submission claims
 * expires, and its ciphertext is deleted.
 */
class UploadProtocolTest {
    @Test
    void badChunksAreRefusedAndTheUploadResumesWhereItStood() {
        try (var site = RunningSite.start()) {
            var client = new IntakeClient(site.baseUrl());
            byte[] message = IntakeFixtures.encryptedFile(300_000);
            String id = IntakeClient.uploadId(client.createUpload(message.length));
            byte[] first = Arrays.copyOfRange(message, 0, 100_000);
            assertThat(client.patch(id, 0, first, ReceiptKeys.sha256(first)).statusCode()).isEqualTo(204);

            byte[] second = Arrays.copyOfRange(message, 100_000, 200_000);
            byte[] corrupted = second.clone();
            corrupted[5] ^= 1;
            var bad = client.patch(id, 100_000, corrupted, ReceiptKeys.sha256(second));
            assertThat(bad.statusCode()).isEqualTo(460);
            assertThat(bad.body()).contains("SHA-256 does not match");

            var replayed = client.patch(id, 0, first, ReceiptKeys.sha256(first));
            assertThat(replayed.statusCode()).isEqualTo(409);
            assertThat(replayed.body()).contains("does not match the 100000 bytes received");

            // the connection dropped: ask where it stands, go on from there
            assertThat(client.head(id).headers().firstValue("Upload-Offset")).hasValue("100000");
            assertThat(client.patch(id, 100_000, second, ReceiptKeys.sha256(second)).statusCode()).isEqualTo(204);
            byte[] rest = Arrays.copyOfRange(message, 200_000, message.length);
            var done = client.patch(id, 200_000, rest, ReceiptKeys.sha256(rest));
            assertThat(done.statusCode()).isEqualTo(204);
            assertThat(done.headers().firstValue("Upload-Sha256")).hasValue(java.util.HexFormat.of().formatHex(ReceiptKeys.sha256(message)));
            assertThat(client.head(id).headers().firstValue("Upload-Offset")).hasValue(Long.toString(message.length));
        }
    }

    @Test
    void anUploadOverTheLimitIsRefusedBeforeAnyByteIsSent() {
        try (var site = RunningSite.start()) {
            var client = new IntakeClient(site.baseUrl());
            var over = client.createUpload(IntakeSettings.DEFAULTS.maxUploadBytes() + 1);
            assertThat(over.statusCode()).isEqualTo(413);
            assertThat(over.body()).contains("over the limit of " + IntakeSettings.DEFAULTS.maxUploadBytes() + " bytes");
            String id = IntakeClient.uploadId(client.createUpload(10));
            var past = client.patch(id, 0, new byte[11], null);
            assertThat(past.statusCode()).isEqualTo(413);
            assertThat(past.body()).contains("past Upload-Length 10");
        }
    }

    @Test
    void aFileThatIsNotAnEncryptedOpenPgpMessageIsRefusedAndDiscarded() {
        try (var site = RunningSite.start()) {
            var client = new IntakeClient(site.baseUrl());
            byte[] plain = "a testimony in plain text, not encrypted".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String id = IntakeClient.uploadId(client.createUpload(plain.length));
            var refused = client.patch(id, 0, plain, ReceiptKeys.sha256(plain));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("not an encrypted OpenPGP message").contains("byte 0 is not an OpenPGP packet header");
            assertThat(client.head(id).statusCode()).isEqualTo(404);
            long chunks = site.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM intake_chunk").mapTo(Long.class).one());
            assertThat(chunks).isZero();

            byte[] message = IntakeFixtures.encryptedFile(1000);
            byte[] truncated = Arrays.copyOf(message, message.length - 1);
            String cut = IntakeClient.uploadId(client.createUpload(truncated.length));
            assertThat(client.patch(cut, 0, truncated, null).body()).contains("cut short");
            assertThat(client.upload(message, 400)).isNotBlank();
        }
    }

    @Test
    void withoutAProofOfWorkNoUploadIsCreated() {
        try (var site = RunningSite.start()) {
            var client = new IntakeClient(site.baseUrl());
            var r = site.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.baseUrl() + "/api/intake/uploads"))
                    .header("Tus-Resumable", "1.0.0").header("X-CSRF-Token", client.formToken()).header("Upload-Length", "100")
                    .header("X-Intake-Pow", "made-up:1").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(List.of(r.body())).anyMatch(b -> b.contains("proof of work"));
        }
    }

    @Test
    void anAbandonedUploadExpiresAfterItsLastChunkAndItsCiphertextIsDeleted() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
        try (var site = RunningSite.start(TestDatabases.fresh(), clock)) {
            var client = new IntakeClient(site.baseUrl());
            byte[] message = IntakeFixtures.encryptedFile(200_000);
            var created = client.createUpload(message.length);
            assertThat(created.headers().firstValue("Upload-Expires")).hasValue("Tue, 01 Dec 2026 12:00:00 GMT");
            String abandoned = IntakeClient.uploadId(created);
            byte[] half = Arrays.copyOfRange(message, 0, 100_000);
            clock.advance(Duration.ofHours(30));
            client = new IntakeClient(site.baseUrl()); // the page loaded again a day later (its form token expired)
            var patched = client.patch(abandoned, 0, half, ReceiptKeys.sha256(half));
            assertThat(patched.statusCode()).as(patched.body()).isEqualTo(204);
            assertThat(patched.headers().firstValue("Upload-Expires")).hasValue("Wed, 02 Dec 2026 18:00:00 GMT"); // 48 h after this chunk
            String claimed = client.upload(message, 150_000); // another file, completed and sent with a testimony
            var filed = client.postJson("/api/intake/submissions", testimonyWith(claimed, client.pow()));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

            clock.advance(Uploads.UNCLAIMED_LIFETIME.minusMinutes(1));
            client = new IntakeClient(site.baseUrl());
            assertThat(client.head(abandoned).headers().firstValue("Upload-Offset")).hasValue("100000"); // still resumable

            clock.advance(Duration.ofMinutes(1));
            assertThat(client.head(abandoned).statusCode()).isEqualTo(404);
            byte[] rest = Arrays.copyOfRange(message, 100_000, message.length);
            assertThat(client.patch(abandoned, 100_000, rest, null).statusCode()).isEqualTo(404);
            assertThat(count(site, "SELECT count(*) FROM intake_chunk c JOIN intake_upload u ON u.id = c.upload_id WHERE u.message_id IS NULL"))
                    .isPositive(); // expired, not yet deleted: the next upload sweeps

            IntakeClient.uploadId(client.createUpload(10));
            assertThat(count(site, "SELECT count(*) FROM intake_upload WHERE id = '" + abandoned + "'")).isZero();
            assertThat(count(site, "SELECT count(*) FROM intake_chunk WHERE upload_id = '" + abandoned + "'")).isZero();
            assertThat(count(site, "SELECT count(*) FROM intake_upload WHERE id = '" + claimed + "' AND message_id IS NOT NULL")).isOne();
            assertThat(count(site, "SELECT count(*) FROM intake_chunk WHERE upload_id = '" + claimed + "'")).isPositive();
        }
    }

    private static String testimonyWith(String upload, String pow) {
        var submitter = OpenPgp.newSubmitterKey("receipt".toCharArray(), new java.util.Date());
        byte[] message = OpenPgp.encrypt(new byte[2000], OpenPgp.encryptionKeys(IntakeFixtures.orgKey().publicKey()), "testimony.txt");
        var b64 = java.util.Base64.getEncoder();
        byte[] lookup = new byte[32];
        new java.security.SecureRandom().nextBytes(lookup);
        return "{\"lookup\":\"" + java.util.HexFormat.of().formatHex(lookup) + "\",\"publicKey\":\"" + b64.encodeToString(submitter.publicKey())
                + "\",\"secretKey\":\"" + b64.encodeToString(submitter.secretKey()) + "\",\"message\":\"" + b64.encodeToString(message)
                + "\",\"uploads\":[\"" + upload + "\"],\"pow\":\"" + pow + "\"}";
    }

    private static long count(RunningSite site, String sql) {
        return site.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
