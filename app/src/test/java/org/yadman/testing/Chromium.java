package org.yadman.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium for the browser tests: headless, quiet on a closed network, driven by Debian's
 * chromedriver (given explicitly, so Selenium Manager never tries to download one), with the
 * DevTools performance log on so a test can list every request a page made.
 */
public final class Chromium {
    private static final File BINARY = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {}

    /** Skips the calling test, saying why, where chromium and chromium-driver are not installed (.ci/run installs them). */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(BINARY.canExecute() && DRIVER.canExecute(),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    }

    /** A new browser whose profile lives in {@code profile}; the caller quits it. */
    public static WebDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1200,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Every URL requested since the last call, from the DevTools performance log. Chromium's own
     * new-tab page loads chrome://, chrome-untrusted:// and inline data: resources from inside the
     * browser; they never reach a network, so they are left out. Everything else counts.
     */
    public static List<String> requestedUrls(WebDriver driver) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                String url = message.path("params").path("request").path("url").asText();
                if (!url.startsWith("chrome://") && !url.startsWith("chrome-untrusted://") && !url.startsWith("data:")) urls.add(url);
            }
        }
        return urls;
    }
}
