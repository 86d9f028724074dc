package vn.edu.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through /usr/bin/chromedriver (Selenium Manager never runs:
 * it would try to download a browser). Phone and desktop sizes; screenshots under target/.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(375, 812);
    public static final Dimension DESKTOP = new Dimension(1366, 768);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("chromium-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=vi", "--user-data-dir=" + profile);
        // The console, to see every Content-Security-Policy violation of every page a test opens.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        resize(DESKTOP);
    }

    public WebDriver driver() {
        return driver;
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    public void open(String path) {
        readConsole();
        driver.get(Deployments.baseUrl() + path);
        readConsole();
    }

    private final java.util.List<String> violations = new java.util.ArrayList<>();

    /** Keeps what the console said about the Content-Security-Policy (the buffer empties when read). */
    private void readConsole() {
        try {
            for (var entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
                String message = entry.getMessage();
                if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                    violations.add(driver.getCurrentUrl() + ": " + message);
                }
            }
        } catch (RuntimeException e) {
            // A driver without a log buffer (not Chromium): nothing to read.
        }
    }

    /** The CSP violations the console reported so far, on any page this browser opened. */
    public java.util.List<String> cspViolations() {
        readConsole();
        return java.util.List.copyOf(violations);
    }

    /** Opens a page as if from another host name; Chromium resolves *.localhost to this machine. */
    public void openOnHost(String host, String path) {
        String base = Deployments.baseUrl().replace("://localhost", "://" + host);
        driver.get(base + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /** Clicks and, when the click leaves the page (a form post), waits for the next one. */
    public void click(String id) {
        click(driver.findElement(By.id(id)));
    }

    /** The same for an element found otherwise (a button named in a list). */
    public void click(WebElement target) {
        WebElement before = driver.findElement(By.tagName("html"));
        target.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        try {
            wait.until(d -> gone(before));
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            // the click did not navigate (a button that only changes the page)
        }
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        readConsole();
    }

    /**
     * Whether an element of the previous page is gone. Chromium answers a query on a node of a
     * page being replaced either "stale" or, during the swap, with a generic inspector error.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(js, arguments);
    }

    /** True when the page is no wider than the window: nothing to scroll sideways. */
    public boolean fitsWidth() {
        Object fits = script("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void login(String username, String password) {
        if (ItAccounts.STAFF_PASSWORD.equals(password)) {
            new PortalClient().login(username, password); // an account's first login chooses its password (see PortalClient)
        }
        open("/login");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    /** Ends the browser; a test whose pages broke the Content-Security-Policy fails here. */
    @Override
    public void close() {
        java.util.List<String> seen;
        try {
            seen = cspViolations();
        } finally {
            driver.quit();
        }
        if (!seen.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations in the console: " + seen);
        }
    }
}
