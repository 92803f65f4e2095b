package org.himkit.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through ChromeDriver, both from the system (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Where no browser can be started the calling test is
 * skipped through a JUnit assumption, never passed: Selenium Manager is not used, since it would download a
 * browser.
 */
final class Browser implements AutoCloseable {
  /** Where the screenshots go. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final ChromeDriver driver;
  private final Path downloads;
  private final String base;

  private Browser(ChromeDriver driver, Path downloads, String base) {
    this.driver = driver;
    this.downloads = downloads;
    this.base = base;
  }

  /**
   * A browser started, or why none could be.
   *
   * @param driver  the driver, empty if no browser could be started
   * @param downloads  the folder the browser saves downloads in
   * @param whyNot  why no browser could be started, empty if one was
   */
  record Launched(Optional<ChromeDriver> driver, Path downloads, String whyNot) {}

  /**
   * Begins to start a headless browser in the background, so that it starts while the application context does.
   * A browser left running when the tests end early is stopped when the JVM exits.
   *
   * @return the browser being started
   */
  static CompletableFuture<Launched> launch() {
    return CompletableFuture.supplyAsync(Browser::launchNow);
  }

  private static Launched launchNow() {
    Path downloads;
    try {
      downloads = Files.createTempDirectory("portal-downloads");
    } catch (IOException e) {
      return new Launched(Optional.empty(), Path.of("."), "no folder for downloads (" + e.getMessage() + ")");
    }
    Optional<String> binary = firstExisting(System.getenv("CHROME_BIN"), BROWSERS);
    Optional<String> driverPath = firstExisting(System.getenv("CHROMEDRIVER"), DRIVERS);
    if (binary.isEmpty()) {
      return new Launched(Optional.empty(), downloads, "no Chromium found (" + BROWSERS + ")");
    }
    if (driverPath.isEmpty()) {
      return new Launched(Optional.empty(), downloads, "no ChromeDriver found (" + DRIVERS + ")");
    }
    try {
      Path profile = Files.createTempDirectory("portal-chromium-profile");
      ChromeOptions options = new ChromeOptions().setBinary(binary.get())
          .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--disable-extensions", "--window-size=1280,1000", "--user-data-dir=" + profile)
          .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
              "download.prompt_for_download", false));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of(driverPath.get()).toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(driver)));
      return new Launched(Optional.of(driver), downloads, "");
    } catch (IOException | RuntimeException e) {
      return new Launched(Optional.empty(), downloads, "the browser could not be started ("
          + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")");
    }
  }

  /**
   * Returns the browser launched, or skips the calling tests (a JUnit assumption) when none could be started.
   *
   * @param launching  the browser being started
   * @param port  the portal's port
   * @return the browser
   */
  static Browser start(CompletableFuture<Launched> launching, int port) {
    Launched launched = launching.join();
    Assumptions.assumeTrue(launched.driver().isPresent(), launched.whyNot() + ": browser tests skipped");
    return new Browser(launched.driver().orElseThrow(), launched.downloads(), "http://localhost:" + port);
  }

  private static void quietly(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // already stopped
    }
  }

  private static Optional<String> firstExisting(@org.jspecify.annotations.Nullable String preferred,
      List<String> candidates) {
    if (preferred != null && Files.isExecutable(Path.of(preferred))) {
      return Optional.of(preferred);
    }
    return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
  }

  private static String firstLine(@org.jspecify.annotations.Nullable String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  WebDriver driver() {
    return driver;
  }

  Path downloads() {
    return downloads;
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void select(String css, String value) {
    new Select(find(css)).selectByValue(value);
  }

  void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  /** Sets a date field's value as yyyy-mm-dd, which the browser's own date picker would type by locale. */
  void date(String css, String isoDate) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), isoDate);
  }

  void tick(String css) {
    WebElement e = find(css);
    if (!e.isSelected()) {
      e.click();
    }
  }

  /**
   * Submits a form by its button and waits for the next page: until the button of the page left is gone and the
   * new page is loaded (a click alone does not wait for the answer on a busy machine).
   */
  void submit(String buttonCss) {
    WebElement button = find(buttonCss);
    button.click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    // while the page is replaced, Chrome may answer the staleness check with an inspector error ("Node with given
    // id does not belong to the document") instead of a stale reference: ask again until the old page is gone
    new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
        .until(ExpectedConditions.stalenessOf(button));
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Saves a screenshot of the whole page as {@code target/screenshots/NAME.png}.
   *
   * @param name  the file's name without extension
   * @return the file
   */
  Path screenshot(String name) {
    Object measured = ((JavascriptExecutor) driver).executeScript(
        "return Math.ceil(Math.max(document.body.scrollHeight, document.documentElement.scrollHeight));");
    long height = measured instanceof Number n ? n.longValue() : 1000;
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 40, 6000)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  @Override
  public void close() {
    quietly(driver);
  }
}
