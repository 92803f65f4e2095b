package org.himkit.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

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
   * Starts a headless browser, or skips the calling test when none can be started.
   *
   * @param port  the portal's port
   * @return the browser
   */
  static Browser start(int port) {
    Optional<String> binary = firstExisting(System.getenv("CHROME_BIN"), BROWSERS);
    Optional<String> driverPath = firstExisting(System.getenv("CHROMEDRIVER"), DRIVERS);
    Assumptions.assumeTrue(binary.isPresent(), "no Chromium found (" + BROWSERS + "): browser tests skipped");
    Assumptions.assumeTrue(driverPath.isPresent(), "no ChromeDriver found (" + DRIVERS + "): browser tests skipped");
    try {
      Path profile = Files.createTempDirectory("portal-chromium-profile");
      Path downloads = Files.createTempDirectory("portal-downloads");
      ChromeOptions options = new ChromeOptions().setBinary(binary.get())
          .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile)
          .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
              "download.prompt_for_download", false));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of(driverPath.get()).toFile()).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, downloads, "http://localhost:" + port);
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("the browser could not be started (" + e.getClass().getSimpleName() + ": "
          + firstLine(e.getMessage()) + "): browser tests skipped");
      throw new AssertionError("unreachable");
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

  /** Submits a form by its button and waits for the next page. */
  void submit(String buttonCss) {
    WebElement button = find(buttonCss);
    button.click();
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
    driver.quit();
  }
}
