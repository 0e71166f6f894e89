package org.yadman.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.accounts.Role;
import org.yadman.testing.Chromium;
import org.yadman.testing.RunningSite;

/**
 * In real headless Chromium, an investigator records through the form an act linking two victims
 * and a perpetrator, with its source; the act then shows on both victims' memorial pages (in
 * English and right to left in Persian), on the perpetrator's page and in their case file. A
 * correction of its date in the act's page then moves it on the memorial too.
 */
class ActsBrowserTest {
    @TempDir Path dir;

    @Test
    void anActRecordedInTheFormShowsOnBothVictimsThePerpetratorAndTheCaseFile() throws Exception {
        Chromium.assumeInstalled();
        try (var site = RunningSite.start()) {
            var f = new ActFixtures(site.database().jdbi());
            f.user("ina", Role.INVESTIGATOR);
            long source = f.source("list-a", "List A of the committee", "a committee", false);
            long v1 = f.victim(source, "A1", "حسین کریمی", "Hossein Karimi");
            long v2 = f.victim(source, "A2", "علی رضایی", "Ali Rezaei");
            long judge = f.perpetrator("قاضی آزمون", "Judge Test", source);
            long evin = f.prison("اوین", "Evin");

            WebDriver driver = Chromium.start(Files.createTempDirectory(dir, "chromium"));
            try {
                var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.get(site.baseUrl() + "/en/login");
                driver.findElement(By.id("name")).sendKeys("ina");
                driver.findElement(By.id("password")).sendKeys(ActFixtures.PASSWORD);
                driver.findElement(By.id("password")).submit();
                wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

                driver.get(site.baseUrl() + "/en/workspace/acts/new");
                new Select(driver.findElement(By.id("type"))).selectByValue("execution");
                driver.findElement(By.id("date")).sendKeys("۱۳۶۷/۰۵/۰۶");
                new Select(driver.findElement(By.id("place"))).selectByValue(Long.toString(evin));
                driver.findElement(By.id("victims")).sendKeys(v1 + " " + v2);
                new Select(driver.findElement(By.name("perpetrator1"))).selectByValue(Long.toString(judge));
                new Select(driver.findElement(By.name("involvement1"))).selectByValue("ordered");
                driver.findElement(By.name("role1")).sendKeys("Judge of the commission");
                new Select(driver.findElement(By.id("source"))).selectByValue(Long.toString(source));
                driver.findElement(By.cssSelector("#act-form button[type=submit]")).click();
                wait.until(ExpectedConditions.urlMatches("/en/workspace/acts/[0-9]+$"));
                String actPage = driver.getCurrentUrl();

                for (long victim : new long[] {v1, v2}) {
                    driver.get(site.baseUrl() + "/en/person/" + victim);
                    String acts = driver.findElement(By.cssSelector("section.memorial-acts")).getText();
                    assertThat(acts).contains("Execution", "۱۳۶۷/۰۵/۰۶", "Evin", "List A of the committee");
                    driver.get(site.baseUrl() + "/fa/person/" + victim);
                    assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
                    assertThat(driver.findElement(By.cssSelector("section.memorial-acts")).getText()).contains("اعدام", "اوین");
                }

                driver.get(site.baseUrl() + "/en/workspace/perpetrators/" + judge);
                String row = driver.findElement(By.cssSelector("tr.act")).getText();
                assertThat(row).contains("Hossein Karimi", "Ali Rezaei", "Judge of the commission", "Evin", "List A of the committee");

                driver.get(site.baseUrl() + "/en/workspace/cases/perpetrator/" + judge);
                assertThat(driver.findElements(By.cssSelector("section.case-file tr.act"))).hasSize(1);
                assertThat(driver.findElement(By.cssSelector("section.case-file")).getText())
                        .contains("Hossein Karimi", "Ali Rezaei", "List A of the committee", "reliability B");

                driver.get(actPage);
                new Select(driver.findElement(By.id("correct-field"))).selectByValue("date");
                driver.findElement(By.id("correct-date")).sendKeys("۱۳۶۷/۰۶/۱۰");
                driver.findElement(By.id("correct-reason")).sendKeys("the death certificate gives another day");
                new Select(driver.findElement(By.id("correct-source"))).selectByValue(Long.toString(source));
                driver.findElement(By.cssSelector("#correct-form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.act-facts"), "corrected by assertion"));
                driver.get(site.baseUrl() + "/en/person/" + v1);
                assertThat(driver.findElement(By.cssSelector("section.memorial-acts")).getText()).contains("۱۳۶۷/۰۶/۱۰").doesNotContain("۱۳۶۷/۰۵/۰۶");
            } finally {
                driver.quit();
            }
        }
    }
}
