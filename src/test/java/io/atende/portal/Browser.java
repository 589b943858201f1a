package io.atende.portal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromedriver) for the *BrowserTests: no Selenium
 * Manager download, a fresh profile per browser, a phone-sized window, screenshots under
 * target/screenshots/. Tests skip only when /usr/bin/chromedriver is missing.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("atende-chrome-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        if (Files.exists(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=pt-BR");
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(412, 915)); // a phone
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    static Browser open(int port) {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed at /usr/bin/chromedriver");
        try {
            return new Browser(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(String css) {
        try {
            return await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + css + "' not on " + driver.getCurrentUrl() + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        await(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("body").getText();
    }

    <T> T await(Function<WebDriver, T> condition) {
        // While a page replaces the previous one, Chromium may answer about a node of the old document.
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(condition::apply);
    }

    void waitForText(String css, String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void login(String email, String password) {
        go("/entrar");
        type("#email", email);
        type("#senha", password);
        click("#form-login button[type=submit]");
        // wait for the answer (the menu of a logged-in page, or the login page's message) before going on
        find(".topo nav, #erro-login, #espera-login");
    }

    /** A full-page screenshot for a reviewer: target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(412, (int) Math.min(Math.max(height, 915), 6000)));
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new Dimension(412, 915));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
