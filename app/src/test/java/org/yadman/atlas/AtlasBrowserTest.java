package org.yadman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yadman.testing.Chromium;
import org.yadman.testing.RunningSite;

/**
 * The map and the timeline in real Chromium (Debian's headless build), in English and in Persian:
 * the SVG is drawn with its markers and bars at a real size, the Persian page runs right to left,
 * the map link leads to the place, and not one request goes to another origin.
 */
class AtlasBrowserTest {
    private static final LocalDate SAT = LocalDate.of(1988, 7, 30);

    @Test
    void mapAndTimelineRenderInBothLanguagesFromOurOriginOnly() throws IOException {
        Chromium.assumeInstalled();
        Path profile = Files.createTempDirectory("yadman-chromium");
        try (var site = RunningSite.start(true)) {
            var rows = new AtlasRows(site.database());
            long evin = rows.place("prison", 35.80, 51.39, "Evin Prison", "زندان اوین");
            long khavaran = rows.place("grave_site", 35.61, 51.60, "Khavaran", "خاوران");
            long a = rows.published("Ali Rahimi");
            long b = rows.published("Reza Karimi");
            rows.act("execution", evin, SAT, SAT, a);
            rows.act("execution", evin, SAT.plusWeeks(1), SAT.plusWeeks(1), b);
            rows.act("burial", khavaran, SAT.plusWeeks(1), SAT.plusWeeks(1), a, b);

            WebDriver driver = Chromium.start(profile);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            try {
                for (String lang : List.of("en", "fa")) {
                    driver.get(site.baseUrl() + "/" + lang + "/map");
                    WebElement svg = driver.findElement(By.cssSelector("svg.map-svg"));
                    assertThat(svg.getRect().getWidth()).as("map drawn at a real size").isGreaterThan(400);
                    assertThat(driver.findElements(By.cssSelector("svg.map-svg .province"))).hasSizeGreaterThan(20);
                    List<WebElement> markers = driver.findElements(By.cssSelector("svg.map-svg a.marker"));
                    assertThat(markers).hasSize(2);
                    for (WebElement m : markers) assertThat(m.getRect().getWidth()).as("marker visible").isPositive();
                    assertThat(js.executeScript("return getComputedStyle(document.body).direction;"))
                            .isEqualTo(lang.equals("fa") ? "rtl" : "ltr");

                    driver.get(site.baseUrl() + "/" + lang + "/timeline");
                    List<WebElement> bars = driver.findElements(By.cssSelector("svg.timeline-svg rect.bar"));
                    assertThat(bars).hasSize(2);
                    for (WebElement bar : bars) assertThat(bar.getRect().getHeight()).as("bar has height").isPositive();
                    assertThat(driver.findElement(By.cssSelector("table.timeline-table")).getText())
                            .contains(lang.equals("fa") ? "۸ مرداد ۱۳۶۷" : "30 Jul 1988");
                }
                // With script (ours, same origin), the map zooms; markers keep their drawn size.
                driver.get(site.baseUrl() + "/en/map");
                WebElement prison = driver.findElement(By.cssSelector("svg.map-svg a.marker.prison rect"));
                int before = prison.getRect().getWidth();
                driver.findElement(By.cssSelector(".map-controls button.zoomIn")).click();
                assertThat(driver.findElement(By.cssSelector("svg.map-svg")).getDomAttribute("viewBox")).startsWith("250 ").contains(" 500 ");
                assertThat(prison.getRect().getWidth()).isBetween(before - 2, before + 2);
                driver.findElement(By.cssSelector(".map-controls button.zoomReset")).click();
                assertThat(driver.findElement(By.cssSelector("svg.map-svg")).getDomAttribute("viewBox")).startsWith("0 0 1000 ");

                driver.get(site.baseUrl() + "/fa/map");
                WebElement grave = driver.findElement(By.cssSelector("svg.map-svg a.marker.grave_site"));
                assertThat(grave.getDomAttribute("href")).isEqualTo("/fa/place/" + khavaran);
                grave.findElement(By.tagName("circle")).click(); // the link works in the drawn map itself
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/fa/place/"));
                assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("خاوران");

                List<String> requested = Chromium.requestedUrls(driver);
                assertThat(requested).as("requests seen by Chromium").isNotEmpty()
                        .anyMatch(url -> url.endsWith("/static/yadman.css"))
                        .allMatch(url -> url.startsWith(site.baseUrl() + "/"), "is on the test server's origin " + site.baseUrl());
            } finally {
                driver.quit();
            }
        } finally {
            try (var paths = Files.walk(profile)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
