package org.rollcall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;

/**
 * The base of every browser test: the WAR on the real server (Arquillian, as a client), one headless
 * Chromium per test class driven by Selenium through Debian's {@code chromium} and {@code chromium-driver}
 * (a missing browser fails the test and says what to install; it never skips), and three checks a test
 * calls on each page it visits: {@link #checkPage} runs axe-core (no serious or critical violation),
 * writes a screenshot to {@code target/screenshots/}, and looks at the page again 320 px wide (nothing
 * wider than the screen). {@link WebSchool} is loaded once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final String AXE = axeSource();

    static ChromeDriver browser;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Logger.getLogger("org.openqa.selenium").setLevel(Level.WARNING);
        Path chromium = Path.of(System.getProperty("rollcall.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("rollcall.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            fail("The browser tests need Chromium and its driver at " + chromium + " and " + driver
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this when they are missing)");
        }
        Files.createDirectories(DOWNLOADS);
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,1000",
                "--lang=en-GB",
                "--disable-extensions");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void schoolLoaded() {
        WebSchool.load(ApiClient.admin(base));
    }

    /** Opens a page of the site, e.g. {@code open("dashboard.html?urn=914001")}. */
    void open(String page) {
        browser.get(base + page);
    }

    /** Logs in through the login form as that user and waits for the page the login sends them to. */
    void logIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("login.html");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("log-in")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("login.html")));
        waitForPage();
    }

    /** Waits until the page has drawn its navigation and put away its "Loading…" line. */
    void waitForPage() {
        try {
            waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.site-nav")));
            waitUntil(d -> d.findElements(By.xpath("//*[@id='content']/p[text()='Loading…']"))
                    .isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "The page did not finish: " + browser.getCurrentUrl() + "\n"
                            + browser.findElement(By.tagName("body")).getText() + "\nConsole: " + console(),
                    e);
        }
    }

    /** What the page wrote to the browser's console (errors first of all), for a failure message. */
    static String console() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList()
                .toString();
    }

    <T> T waitUntil(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).until(condition);
    }

    WebElement find(String css) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** axe-core, a screenshot, and the same page at 320 px wide. */
    void checkPage(String name) throws IOException {
        assertAccessible(name);
        screenshot(name);
        atWidth(320, name + "-320px");
    }

    /** Injects axe-core and fails on any serious or critical violation, naming the rule and the elements. */
    void assertAccessible(String name) {
        JavascriptExecutor js = browser;
        js.executeScript(AXE);
        String result = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))),"
                + " e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
        JsonArray violations;
        try (var reader = Json.createReader(new StringReader(result))) {
            violations = reader.readArray();
        }
        List<String> serious = violations.getValuesAs(JsonObject.class).stream()
                .filter(v -> List.of("serious", "critical").contains(v.getString("impact", "")))
                .map(v -> v.getString("impact") + " " + v.getString("id") + ": " + v.getString("help") + " "
                        + v.getJsonArray("nodes"))
                .toList();
        assertEquals(List.of(), serious, "axe-core on " + name);
    }

    /** A screenshot of the whole page (the window grows to the page's height) under target/screenshots. */
    void screenshot(String name) throws IOException {
        long height = (Long) browser.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
        browser.executeScript("window.scrollTo(0, 0);");
        var size = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int)
                Math.min(Math.max(height, 600), 6000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }

    /** The page as a phone shows it: nothing may be wider than the screen (WCAG 1.4.10 reflow). */
    void atWidth(int width, String name) throws IOException {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        try {
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            assertTrue(scrollWidth <= width, name + ": the page is " + scrollWidth + " px wide at " + width + " px");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String axeSource() {
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is missing from the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
