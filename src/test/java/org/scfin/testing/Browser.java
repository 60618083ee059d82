package org.scfin.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium, the one Debian installs ({@code chromium}, {@code chromium-driver}; {@code scripts/test}
 * installs them when missing), driven through its own chromedriver, named explicitly so that Selenium never tries to
 * download one. Without them the browser tests fail, saying what to install: a browser test that skips proves nothing.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * A fresh browser with a window of the given size, its console log kept for {@link #consoleErrors()} and the files
     * it downloads saved in {@code downloads}.
     */
    public static Browser start(int width, int height, Path downloads) {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                fail(executable + " is missing: the browser tests need Debian's chromium and chromium-driver"
                        + " (scripts/test installs them: apt-get install chromium chromium-driver fonts-noto-cjk)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--lang=zh-CN",
                "--force-device-scale-factor=1");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "headless Chromium did not start (" + CHROMIUM + " through " + CHROMEDRIVER + "): "
                            + e.getMessage(),
                    e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console messages at SEVERE level since the last call: script errors, failed loads, console.error. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A screenshot of the whole page: the window is first stretched to the page's height. */
    public Path screenshot(Path file) {
        Dimension size = driver.manage().window().getSize();
        for (int attempt = 0; attempt < 3; attempt++) {
            // the window's height counts more than the page's viewport, and a taller window may lay the page out anew
            long missing =
                    ((Number) script("return document.documentElement.scrollHeight - window.innerHeight")).longValue();
            if (missing <= 0) {
                break;
            }
            Dimension now = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(now.getWidth(), now.getHeight() + (int) missing));
            settle();
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
        return file;
    }

    /** Returns once the browser has painted twice: whatever a resize or a click redraws is on screen then. */
    public void settle() {
        ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> scriptMap(String script, Object... args) {
        return (Map<String, Object>) script(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
