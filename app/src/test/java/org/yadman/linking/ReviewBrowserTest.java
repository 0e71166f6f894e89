package org.yadman.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.accounts.Role;
import org.yadman.testing.Chromium;
import org.yadman.testing.RunningSite;

/**
 * In real headless Chromium: sign in, open the review queue, press "a" — the memorial shows one
 * person with both records; press "u" — they are two persons again.
 */
class ReviewBrowserTest {
    @TempDir Path dir;

    @Test
    void acceptingWithTheKeyMergesOnTheMemorialAndUndoSplits() throws Exception {
        Chromium.assumeInstalled();
        Path profile = Files.createTempDirectory(dir, "chromium");
        try (var site = RunningSite.start()) {
            var db = site.database();
            LinkFixtures.importBoth(db, dir);
            new LinkRun(db.jdbi(), Clock.systemUTC()).run(LinkFixtures.options());
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO publication (person_id, basis) SELECT id, 'public_record' FROM person");
                h.execute("DELETE FROM review_pair WHERE status = 'open'");
            });
            ReviewDecisionsTest.user(db.jdbi(), "ana", Role.INVESTIGATOR);
            ReviewDecisionsTest.queue(db.jdbi(), LinkFixtures.recordId(db, "P10"), LinkFixtures.recordId(db, "L12"));
            long p10 = LinkFixtures.persons(db).get("P10");
            long l12 = LinkFixtures.persons(db).get("L12");
            assertThat(recordsOn(site, p10)).contains("P10").doesNotContain("L12");

            WebDriver driver = Chromium.start(profile);
            try {
                var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(site.baseUrl() + "/en/login");
                driver.findElement(By.id("name")).sendKeys("ana");
                driver.findElement(By.id("password")).sendKeys("a long enough passphrase");
                driver.findElement(By.id("password")).submit();
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

                driver.get(site.baseUrl() + "/en/workspace/review");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-pair")));
                new Actions(driver).sendKeys("a").perform();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-empty")));

                driver.get(site.baseUrl() + "/en/person/" + Math.min(p10, l12));
                List<String> records = driver.findElements(By.cssSelector("ul.records li")).stream().map(WebElement::getText).toList();
                assertThat(records).hasSize(2).anyMatch(t -> t.contains("P10")).anyMatch(t -> t.contains("L12"));
                driver.get(site.baseUrl() + "/en/person/" + Math.max(p10, l12));
                assertThat(driver.findElements(By.cssSelector("ul.records li"))).as("the merged-away person is on no page").isEmpty();

                driver.get(site.baseUrl() + "/en/workspace/review");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-undo")));
                new Actions(driver).sendKeys("u").perform();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-pair")));

                driver.get(site.baseUrl() + "/en/person/" + p10);
                records = driver.findElements(By.cssSelector("ul.records li")).stream().map(WebElement::getText).toList();
                assertThat(records).hasSize(1).allMatch(t -> t.contains("P10"));
                driver.get(site.baseUrl() + "/en/person/" + l12);
                records = driver.findElements(By.cssSelector("ul.records li")).stream().map(WebElement::getText).toList();
                assertThat(records).hasSize(1).allMatch(t -> t.contains("L12"));
            } finally {
                driver.quit();
            }
        }
    }

    private static String recordsOn(RunningSite site, long person) {
        return site.get("/en/person/" + person).body();
    }
}
