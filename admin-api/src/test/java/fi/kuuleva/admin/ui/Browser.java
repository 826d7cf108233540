package fi.kuuleva.admin.ui;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fi.kuuleva.admin.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through the system chromedriver (Selenium Manager downloads nothing), with a
 * fresh profile and download folder per browser. Not thread-safe: one test drives one browser.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> AXE_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    private Browser(String base) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        this.base = base;
        this.profile = TestDatabase.temporaryDirectory("kuuleva-chromium");
        this.downloads = TestDatabase.temporaryDirectory("kuuleva-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(options);
    }

    /** A browser for the service at base (e.g. http://localhost:1234). */
    static Browser open(String base) {
        return new Browser(base);
    }

    /** Opens a route of the UI (e.g. "#/login"). */
    void go(String route) {
        driver.get(base + "/" + route);
    }

    /** Opens a route with no session (the cookie forgotten), as a new visitor. */
    void goLoggedOut(String route) {
        driver.get(base + "/index.html");
        driver.manage().deleteAllCookies();
        go(route);
        driver.navigate().refresh();
    }

    <T> T await(Function<WebDriver, T> condition) {
        return await(WAIT, condition);
    }

    <T> T await(Duration limit, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class).until(condition);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "no " + css + " is shown" + alert()).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Waits until the element's text contains the words. */
    WebElement text(String css, String words) {
        return text(css, words, WAIT);
    }

    /** Waits up to limit until the element's text contains the words (the page may redraw it meanwhile). */
    WebElement text(String css, String words, Duration limit) {
        return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> css + " never read '" + words + "'; it reads: " + driver.findElements(
                        By.cssSelector(css)).stream().map(WebElement::getText).toList() + alert())
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> e.getText().contains(words)).findFirst().orElse(null));
    }

    private String alert() {
        List<WebElement> alert = driver.findElements(By.id("alert"));
        return alert.isEmpty() || alert.get(0).getText().isEmpty() ? "" : " (alert: " + alert.get(0).getText() + ")";
    }

    void language(String code) {
        new Select(find("#language")).selectByValue(code);
        await(d -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Types keys to whatever has the focus, as a keyboard-only user does. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Shift+Tab: the focus one control back. */
    void backTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * The WCAG 2.1 A/AA and best-practice violations that axe-core finds on the current page, one line each: the
     * rule, its impact and the elements at fault (empty when none).
     */
    List<String> accessibilityProblems() {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** What the page wrote to its console since the last call (errors first of all). */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    /** Keeps a PNG of the page under target/screenshots. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        TestDatabase.delete(profile);
        TestDatabase.delete(downloads);
    }
}
