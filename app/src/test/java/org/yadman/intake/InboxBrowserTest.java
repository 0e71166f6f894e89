package org.yadman.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.accounts.PasswordHasher;
import org.yadman.accounts.Role;
import org.yadman.accounts.Users;
import org.yadman.testing.Chromium;
import org.yadman.testing.RunningSite;

/**
 * In real headless Chromium, the investigator's side: the private key is read from a local file
 * and decrypts the testimony in the page; the reply is encrypted in the page, so the server
 * receives and stores only ciphertext, which the submitter's receipt opens.
 */
class InboxBrowserTest {
    private static final String REPLY_MARKER = "پاسخ-رمز-شده-در-مرورگر-" + "3c4d";
    @TempDir Path dir;

    @Test
    void anInvestigatorDecryptsInTheBrowserAndRepliesWithCiphertextOnly() throws Exception {
        Chromium.assumeInstalled();
        Instant started = Instant.now().minusSeconds(1);
        try (var site = RunningSite.start()) {
            IntakeFixtures.installOrgKey(site.database());
            var jdbi = site.database().jdbi();
            var client = new IntakeClient(site.baseUrl());
            String receipt = IntakeClient.receipt(client.postMultipart("/en/testify", Map.of("testimony", "they took him at night"), List.of()).body());
            long id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM intake_submission").mapTo(Long.class).one());
            new Users(jdbi).add("ana", Role.INVESTIGATOR, "a long enough passphrase", new PasswordHasher(), Clock.systemUTC().instant());
            Path key = Files.writeString(dir.resolve("org-secret.asc"), OpenPgp.armor(IntakeFixtures.orgKey().secretKey()));

            WebDriver driver = Chromium.start(Files.createTempDirectory(dir, "chromium"));
            try {
                var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                driver.get(site.baseUrl() + "/en/login");
                driver.findElement(By.id("name")).sendKeys("ana");
                driver.findElement(By.id("password")).sendKeys("a long enough passphrase");
                driver.findElement(By.id("password")).submit();
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
                driver.get(site.baseUrl() + "/en/workspace/intake/" + id);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decrypt-panel")));
                driver.findElement(By.id("private-key")).sendKeys(key.toString());
                driver.findElement(By.id("key-passphrase")).sendKeys(new String(IntakeFixtures.ORG_PASSPHRASE));
                driver.findElement(By.id("decrypt-all")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-message] .plaintext"), "they took him at night"));

                driver.findElement(By.id("reply")).sendKeys(REPLY_MARKER);
                driver.findElement(By.id("reply-send")).click();
                wait.until(d -> jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM intake_message WHERE author = 'investigator'")
                        .mapTo(Long.class).one()) == 1);
            } finally {
                driver.quit();
            }
            assertThat(PlaintextScan.find(jdbi, started, dir, REPLY_MARKER)).as("reply plaintext stored").isEmpty();
            var back = client.postForm("/en/testify/return", Map.of("receipt", receipt));
            assertThat(back.body()).contains(REPLY_MARKER);
            var reply = new Submissions(jdbi).messages(id).get(1);
            assertThat(new String(OpenPgp.decrypt(reply.ciphertext(), IntakeFixtures.orgKey().secretKey(), IntakeFixtures.ORG_PASSPHRASE),
                    StandardCharsets.UTF_8)).as("the organisation can read its own reply").isEqualTo(REPLY_MARKER);
        }
    }
}
