package org.yadman.memorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.testing.RunningSite;

/**
 * The Persian memorial in a real browser (Debian's headless Chromium): search by typing a Persian
 * name, right-to-left layout as actually computed, and not one request to another origin.
 */
class MemorialBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Test
    void persianSearchFindsThePersonOnAnRtlPageThatRequestsNothingFromElsewhere() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        Path profile = Files.createTempDirectory("yadman-chromium");
        try (var site = RunningSite.start(true)) {
            var rows = new RegistryRows(site.database());
            long list = rows.source("browser-list", "Browser test list");
            long person = rows.person(list, "T-1", "given_name", "محمدرضا", "surname", "احمدی", "father_name", "حسین");
            rows.publish(person);

            WebDriver driver = chromium(profile);
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

                List<String> requested = requestedUrls(driver);
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

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1200,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is given explicitly, so Selenium Manager never tries to download one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Every URL requested while the test ran, from the DevTools performance log. Chromium's own
     * new-tab page loads chrome://, chrome-untrusted:// and inline data: resources from inside the
     * browser; they never reach a network, so they are left out. Everything else counts.
     */
    private static List<String> requestedUrls(WebDriver driver) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                if (!url.startsWith("chrome://") && !url.startsWith("chrome-untrusted://") && !url.startsWith("data:")) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

}
