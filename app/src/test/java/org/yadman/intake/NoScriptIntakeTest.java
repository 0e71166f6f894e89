package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.evidence.Checkpoints;
import org.yadman.ledger.Ledger;
import org.yadman.ledger.NoteSigner;
import org.yadman.ledger.VerificationException;
import org.yadman.testing.Browser;
import org.yadman.testing.RunningSite;

/**
 * The whole intake without JavaScript (Tor Browser's safer mode): a Persian testimony with a photo
 * is encrypted on arrival and only ciphertext is stored; an investigator replies; the receipt,
 * typed in Persian digits, brings the submitter back to read it and add more; a wrong receipt
 * learns nothing; the proof of filing verifies offline and fails when one byte changes.
 */
class NoScriptIntakeTest {
    @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;
    private static final String MARKER = "نشانگر-متن-روشن-" + "5b1e";
    private static final String PHOTO_MARKER = "PHOTO-PLAINTEXT-" + "c0ffee";

    @Test
    void aPersianTestimonyIsStoredEncryptedAndTheReceiptReadsTheReply() throws Exception {
        java.time.Instant started = java.time.Instant.now().minusSeconds(1);
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var client = new IntakeClient(site.baseUrl());
            byte[] photo = ("\u00ff\u00d8 fake jpeg " + PHOTO_MARKER).getBytes(StandardCharsets.ISO_8859_1);
            var filed = client.postMultipart("/fa/testify", Map.of("kind", "testimony", "testimony", "برادرم در مرداد ۱۳۶۷ در اوین بود. " + MARKER,
                    "victim-name", "علی رضایی", "father-name", "حسن", "dates", "مرداد ۱۳۶۷", "places", "زندان اوین"), List.of(Map.entry("photo.jpg", photo)));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
            assertThat(filed.headers().allValues("Set-Cookie")).isEmpty();
            String receipt = IntakeClient.receipt(filed.body());
            assertThat(receipt).hasSize(16);

            assertThat(PlaintextScan.find(site.database().jdbi(), started, MARKER, PHOTO_MARKER, receipt)).as("plaintext or receipt stored").isEmpty();

            // the organisation can read it, and the photo, with its key
            var submissions = new Submissions(site.database().jdbi());
            long id = site.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM intake_submission").mapTo(Long.class).one());
            Submissions.Message first = submissions.messages(id).get(0);
            String plain = new String(OpenPgp.decrypt(first.ciphertext(), IntakeFixtures.orgKey().secretKey(), IntakeFixtures.ORG_PASSPHRASE), StandardCharsets.UTF_8);
            Testimony.Parsed parsed = Testimony.read(plain.getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.text()).contains(MARKER);
            assertThat(PlaintextScan.find(site.database().jdbi(), started, first.sha256())).as("the scan finds what is stored").isNotEmpty();
            assertThat(parsed.fields().get("victim-name")).containsExactly("علی رضایی");
            assertThat(parsed.fields().get("file").get(0)).startsWith("1 photo.jpg image/jpeg " + photo.length + " ");

            new Users(site.database().jdbi()).add("ana", Role.INVESTIGATOR, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant());
            var investigator = new Browser(site);
            investigator.signIn("ana", "a long enough passphrase");
            assertThat(investigator.get("/en/workspace/intake").body()).contains("/en/workspace/intake/" + id);
            assertThat(investigator.get("/en/workspace/intake/" + id).body()).contains("BEGIN PGP MESSAGE").doesNotContain(MARKER);
            var replied = investigator.post("/en/workspace/intake/" + id + "/reply", Map.of("reply", "پاسخ پژوهشگر: لطفاً تماس بگیرید"));
            assertThat(replied.statusCode()).isEqualTo(303);

            String persianDigits = receipt.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0')))).reduce("", String::concat);
            var back = client.postForm("/fa/testify/return", Map.of("receipt", persianDigits));
            assertThat(back.statusCode()).isEqualTo(200);
            assertThat(back.body()).contains("پاسخ پژوهشگر: لطفاً تماس بگیرید");

            var added = client.postMultipart("/fa/testify/add", Map.of("receipt", receipt, "testimony", "یک نکتهٔ دیگر"), List.of());
            assertThat(added.body()).contains("افزودهٔ شما رمزگذاری و نگه داشته شد");
            assertThat(submissions.messages(id)).extracting(Submissions.Message::author).containsExactly("submitter", "investigator", "submitter");
        }
    }

    @Test
    void aWrongReceiptGetsTheSameAnswerAsAThrottledOneAndNeverFaster() throws Exception {
        System.setProperty("yadman.intake.receiptTriesPerMinute", "2");
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var client = new IntakeClient(site.baseUrl());
            String receipt = IntakeClient.receipt(client.postMultipart("/en/testify", Map.of("testimony", "something"), List.of()).body());
            String wrongReceipt = receipt.substring(0, 15) + (char) ('0' + (receipt.charAt(15) - '0' + 1) % 10);
            long started = System.nanoTime();
            var wrong = client.postForm("/en/testify/return", Map.of("receipt", wrongReceipt));
            long wrongMillis = (System.nanoTime() - started) / 1_000_000;
            var malformed = client.postForm("/en/testify/return", Map.of("receipt", "12"));
            assertThat(wrong.statusCode()).isEqualTo(404).isEqualTo(malformed.statusCode());
            assertThat(withoutToken(wrong.body())).isEqualTo(withoutToken(malformed.body()));
            assertThat(wrongMillis).isGreaterThanOrEqualTo(IntakeSettings.DEFAULTS.wrongReceiptMillis());
            // two tries spent the instance-wide budget of two a minute: even the right receipt now gets the same answer
            var throttled = client.postForm("/en/testify/return", Map.of("receipt", receipt));
            assertThat(throttled.statusCode()).isEqualTo(404);
            assertThat(withoutToken(throttled.body())).isEqualTo(withoutToken(wrong.body()));
        } finally {
            System.clearProperty("yadman.intake.receiptTriesPerMinute");
        }
    }

    @Test
    void theProofOfFilingVerifiesOfflineAndFailsWhenOneByteChanges() throws Exception {
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var client = new IntakeClient(site.baseUrl());
            var filed = client.postMultipart("/en/testify", Map.of("testimony", "proof please"), List.of());
            Matcher link = Pattern.compile("/api/intake/proof/(\\d+)").matcher(filed.body());
            assertThat(link.find()).isTrue();
            assertThat(client.get(link.group()).statusCode()).as("no checkpoint yet").isEqualTo(404);

            NoteSigner signer = Ledger.noteSigner(Ledger.newSignerKey("example.org/yadman", new SecureRandom()));
            Checkpoints.signNow(site.database().dataSource(), signer, Clock.systemUTC().instant());
            var proof = client.get(link.group());
            assertThat(proof.statusCode()).isEqualTo(200);
            String verifier = signer.verifier().verifierKey();
            var verified = FilingProof.verify(proof.body(), verifier);
            assertThat(verified.leaf().id()).isEqualTo(Long.parseLong(link.group(1)));
            Submissions.Message message = new Submissions(site.database().jdbi()).messages(verified.leaf().id() > 0
                    ? site.database().jdbi().withHandle(h -> h.createQuery("SELECT submission_id FROM intake_message WHERE id = :m")
                    .bind("m", verified.leaf().id()).mapTo(Long.class).one()) : 0).get(0);
            assertThat(verified.ciphertextSha256()).isEqualTo(java.util.HexFormat.of().formatHex(ReceiptKeys.sha256(message.ciphertext())));

            byte[] bytes = proof.body().getBytes(StandardCharsets.US_ASCII);
            int failures = 0;
            for (int i = 0; i < bytes.length; i += 3) { // every third byte: each line of the proof is hit several times
                byte[] changed = bytes.clone();
                changed[i] = (byte) (changed[i] == 'A' ? 'B' : 'A');
                if (changed[i] == bytes[i]) continue;
                try {
                    FilingProof.verify(new String(changed, StandardCharsets.US_ASCII), verifier);
                } catch (VerificationException | IllegalArgumentException expected) {
                    failures++;
                    continue;
                }
                throw new AssertionError("a proof with byte " + i + " changed still verified");
            }
            assertThat(failures).isPositive();

            // the same check from the command line, as a court or journalist would run it
            java.nio.file.Path proofFile = java.nio.file.Files.writeString(dir.resolve("proof.tlog-proof"), proof.body());
            java.nio.file.Path key = java.nio.file.Files.writeString(dir.resolve("log.pub"), verifier + "\n");
            java.nio.file.Path ciphertext = java.nio.file.Files.write(dir.resolve("message.gpg"), message.ciphertext());
            assertThat(yadman("intake", "verify-proof", proofFile.toString(), "--log-key", key.toString(), "--ciphertext", ciphertext.toString())).isZero();
            java.nio.file.Files.write(ciphertext, new byte[] {1, 2, 3});
            assertThat(yadman("intake", "verify-proof", proofFile.toString(), "--log-key", key.toString(), "--ciphertext", ciphertext.toString())).isEqualTo(1);

            // and the whole log, intake leaves included, still recomputes from the tables
            var report = org.yadman.evidence.LogVerifier.verify(site.database().dataSource(), signer.verifier(), org.yadman.evidence.EvidenceStore.in(dir));
            assertThat(report.problems()).isEmpty();
        }
    }

    private static int yadman(String... args) {
        return org.yadman.testing.Cli.run(args).status();
    }

    private static String withoutToken(String html) {
        return html.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "");
    }
}
