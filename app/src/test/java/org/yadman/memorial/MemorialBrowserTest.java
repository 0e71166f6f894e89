package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.testing.Chromium;
import org.yadman.testing.RunningSite;

/**
 * The Persian memorial in a real browser (Debian's headless Chromium): search by typing a Persian
 * name, right-to-left layout as actually computed, and not one request to another origin.
 */
class MemorialBrowserTest {
    @Test
    void persianSearchFindsThePersonOnAnRtlPageThatRequestsNothingFromElsewhere() throws IOException {
        Chromium.assumeInstalled();
        Path profile = Files.createTempDirectory("yadman-chromium");
        try (var site = RunningSite.start(true)) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("browser-list", "Browser test list");
            long person = rows.person(list, "T-1", "given_name", "محمدرضا", "surname", "احمدی", "father_name", "حسین");
            rows.publish(person);

            WebDriver driver = Chromium.start(profile);
            try {
                driver.get(site.baseUrl() + "/fa/");
                WebElement box = driver.findElement(By.id("q"));
                box.sendKeys("محمدرضا احمدی");
                box.submit();
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/fa/search"));
                WebElement hit = driver.findElement(By.cssSelector(".person-list a"));
                assertThat(hit.getText()).isEqualTo("محمدرضا احمدی");
                assertThat(hit.getAttribute("href")).isEqualTo(site.baseUrl() + "/fa/person/" + person);

                assertRightToLeft(driver);
                hit.click();
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/fa/person/"));
                assertThat(driver.findElement(By.cssSelector("h1.person-name")).getText()).isEqualTo("محمدرضا احمدی");
                assertRightToLeft(driver);

                List<String> requested = Chromium.requestedUrls(driver);
                assertThat(requested).as("requests seen by Chromium").isNotEmpty()
                        .anyMatch(url -> url.endsWith("/static/yadman.css"))
                        .allMatch(url -> url.startsWith(site.baseUrl() + "/"), "is on the test server's origin " + site.baseUrl());
                @SuppressWarnings("unchecked")
                List<String> timed = (List<String>) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map(e => e.name);");
                assertThat(timed).isNotEmpty().allMatch(url -> url.startsWith(site.baseUrl() + "/"));

                // The same checks tell the English page apart: left-to-right, name on the left.
                driver.get(site.baseUrl() + "/en/");
                assertThat(((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).direction;")).isEqualTo("ltr");
                assertThat(siteNameCentre(driver)).isLessThan(0.5);
            } finally {
                driver.quit();
            }
        } finally {
            deleteTree(profile);
        }
    }

    private static void assertRightToLeft(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return getComputedStyle(document.body).direction;")).isEqualTo("rtl");
        assertThat(siteNameCentre(driver)).as("centre of the site name across the header, 0 = left edge").isGreaterThan(0.5);
    }

    /** Where the centre of the site name lies across the header: 0 at its left edge, 1 at its right. */
    private static double siteNameCentre(WebDriver driver) {
        Rectangle header = driver.findElement(By.cssSelector(".site-header")).getRect();
        Rectangle name = driver.findElement(By.cssSelector(".site-name")).getRect();
        return (name.getX() + name.getWidth() / 2.0 - header.getX()) / header.getWidth();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

}
