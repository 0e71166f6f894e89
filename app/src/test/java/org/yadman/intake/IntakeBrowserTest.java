package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.testing.Chromium;
import org.yadman.testing.RunningSite;

/**
 * In real headless Chromium, with the page's script: a Persian testimony with a photo is
 * encrypted in the browser (OpenPGP.js) and uploaded in chunks; the connection drops in the middle
 * and the upload resumes; no byte of plaintext reaches the database or its files; the receipt,
 * derived in the browser (Argon2id), brings the submitter back to read an investigator's reply.
 */
class IntakeBrowserTest {
    private static final String MARKER = "متن-روشن-مرورگر-" + "91d2";
    private static final String PHOTO_MARKER = "BROWSER-PHOTO-" + "77ab";
    @TempDir Path dir;

    @Test
    void aPersianTestimonyWithAPhotoIsEncryptedInTheBrowserAndTheReceiptReadsTheReply() throws Exception {
        Chromium.assumeInstalled();
        Instant started = Instant.now().minusSeconds(1);
        byte[] photo = new byte[2_500_000];
        new Random(7).nextBytes(photo);
        byte[] marker = PHOTO_MARKER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, photo, 1000, marker.length);
        Path photoFile = Files.write(dir.resolve("photo.jpg"), photo);
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var jdbi = site.database().jdbi();
            WebDriver driver = Chromium.start(Files.createTempDirectory(dir, "chromium"));
            try {
                var wait = new WebDriverWait(driver, Duration.ofSeconds(90));
                driver.get(site.baseUrl() + "/fa/testify");
                wait.until(d -> !d.findElement(By.id("intake-files-note")).isDisplayed()); // the module has loaded
                driver.findElement(By.id("testimony")).sendKeys("پدرم در شهریور ۱۳۶۷ اعدام شد. " + MARKER);
                driver.findElement(By.cssSelector("details summary")).click();
                driver.findElement(By.id("f-victim-name")).sendKeys("محمد احمدی");
                driver.findElement(By.id("files")).sendKeys(photoFile.toString());

                var network = (HasNetworkConditions) driver;
                network.setNetworkConditions(new ChromiumNetworkConditions().setUploadThroughput(400_000).setDownloadThroughput(10_000_000));
                driver.findElement(By.id("intake-submit")).click();
                // once the first chunk is in, the connection drops for three seconds
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (received(jdbi) == 0 && System.nanoTime() < deadline) Thread.sleep(50);
                assertThat(received(jdbi)).as("first chunk arrived").isPositive();
                network.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
                Thread.sleep(3000);
                network.deleteNetworkConditions();

                String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt"))).getText().replace(" ", "");
                assertThat(receipt).matches("[0-9]{16}");
                assertThat(driver.findElement(By.tagName("body")).getAttribute("data-resumed")).as("the upload resumed").isNotNull();

                assertThat(PlaintextScan.find(jdbi, started, dir, MARKER, PHOTO_MARKER, receipt)).as("plaintext or receipt stored").isEmpty();
                long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM intake_submission WHERE encrypted_by = 'browser'").mapTo(Long.class).one());
                var messages = new Submissions(jdbi).messages(id);
                var org = IntakeFixtures.orgKey();
                String testimony = new String(OpenPgp.decrypt(messages.get(0).ciphertext(), org.secretKey(), IntakeFixtures.ORG_PASSPHRASE), StandardCharsets.UTF_8);
                assertThat(testimony).contains(MARKER).contains("victim-name: محمد احمدی")
                        .contains("file: 1 photo.jpg image/jpeg " + photo.length + " " + java.util.HexFormat.of().formatHex(ReceiptKeys.sha256(photo)));
                assertThat(messages.get(0).files()).hasSize(1);

                // an investigator replies, encrypted to the submitter's key and the organisation's
                var to = new java.util.ArrayList<>(OpenPgp.encryptionKeys(new Submissions(jdbi).keys(id).publicKey()));
                to.addAll(new IntakeKeys(jdbi).recipients());
                new Submissions(jdbi).add(id, "investigator", null, OpenPgp.encrypt("پاسخ ما به شما رسید".getBytes(StandardCharsets.UTF_8), to, "reply.txt"),
                        List.of(), Instant.now());

                driver.get(site.baseUrl() + "/fa/testify/return");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt"))).sendKeys(receipt);
                driver.findElement(By.cssSelector("#return-form button")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "پاسخ ما به شما رسید"));
            } finally {
                driver.quit();
            }
        }
    }

    private static long received(org.jdbi.v3.core.Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(received), 0) FROM intake_upload").mapTo(Long.class).one());
    }
}
