package dev.tradeoff.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver. Both are found at fixed paths
 * so Selenium Manager never looks for (or downloads) a browser of its own. When they are missing
 * the browser tests are skipped on a developer's machine and fail on CI (where {@code CI} is set
 * and {@code .ci/run} installs them). The benchmark opens pages in the same browser
 * ({@code dev.tradeoff.bench.PageLoads}).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TRADEOFF_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("TRADEOFF_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** A desktop window: large enough that no page needs its phone layout. */
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;

    /**
     * Selenium's own logger, held so its level sticks: it warns on every start that it has no CDP
     * classes for this Chromium's version, which only its DevTools API needs, not the raw CDP
     * commands used here.
     */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Chromium and ChromeDriver are where this looks for them. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips (or on CI fails) the calling test class when Chromium or ChromeDriver is not installed. */
    static void assumeInstalled() {
        if (installed()) {
            return;
        }
        String message = "Chromium (" + CHROMIUM + ") and ChromeDriver (" + CHROMEDRIVER + ") are needed for the"
                + " browser tests: apt-get install chromium chromium-driver";
        if (System.getenv("CI") != null) {
            Assertions.fail(message + " (CI is set, so they must be there)");
        }
        Assumptions.abort(message + "; skipping the browser tests");
    }

    /** Starts headless Chromium with a fresh profile, which {@link #close()} deletes. */
    public static Browser start() throws IOException {
        assumeInstalled();
        SELENIUM.setLevel(Level.SEVERE);
        // Selenium looks here before it would ask Selenium Manager for a driver.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("tradeoff-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--lang=en-US",
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits until the page and its resources have loaded. */
    void open(String url) {
        driver.get(url);
        for (int i = 0; i < 100 && !"complete".equals(script("return document.readyState")); i++) {
            sleep(20);
        }
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    @SuppressWarnings("unchecked")
    List<Object> scriptList(String javascript, Object... arguments) {
        return (List<Object>) script(javascript, arguments);
    }

    /** Console messages of level SEVERE since the last call (errors, CSP violations, failed loads). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Forgets the console messages so far. */
    void clearConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    Object cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** The viewport of a phone (375 × 740 CSS pixels), or back to the desktop window. */
    void emulatePhone(boolean phone) {
        if (phone) {
            cdp("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        } else {
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The viewport of a tablet held upright (820 × 1180 CSS pixels), or back to the desktop window. */
    void emulateTablet(boolean tablet) {
        if (tablet) {
            cdp("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 820, "height", 1180, "deviceScaleFactor", 1, "mobile", true));
        } else {
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A screenshot of the whole page, beyond the viewport. */
    byte[] fullPageScreenshot() {
        try {
            Object result = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            if (result instanceof Map<?, ?> map && map.get("data") instanceof String data) {
                return java.util.Base64.getDecoder().decode(data);
            }
        } catch (RuntimeException e) {
            // fall back to the viewport below
        }
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Chromium may still be writing to its profile while it exits; a leftover temp folder is harmless.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
