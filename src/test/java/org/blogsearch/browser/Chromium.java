package org.blogsearch.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, for the browser tests. A test class that
 * {@code @ExtendWith(Chromium.class)} is skipped with a message where they are not installed, unless
 * {@code BLOGSEARCH_REQUIRE_BROWSER=1} (as CI sets it) makes that a failure. Nothing is ever downloaded:
 * both paths are given, so Selenium Manager has nothing to find.
 */
final class Chromium implements ExecutionCondition {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

  /**
   * Installed before any script of every page: collects uncaught errors and rejected promises in
   * {@code window.__errors}, so a test can tell that a page ran cleanly.
   */
  private static final String ERROR_TRAP = """
      window.__errors = [];
      window.addEventListener("error", (e) => window.__errors.push(String(e.message)));
      window.addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));
      """;

  /**
   * Selenium warns on every launch that it has no DevTools bindings for this Chromium's version; the
   * tests use none (only chromedriver's own CDP command), so the warning is noise. The field keeps the
   * logger, and so its level, from being garbage-collected.
   */
  private static final Logger CDP_VERSION_NOTICE = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  /** Skips the test class, or fails it under {@code BLOGSEARCH_REQUIRE_BROWSER=1}, without the browser. */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<Path> missing = Stream.of(BROWSER, DRIVER).filter(path -> !Files.isExecutable(path)).toList();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
    }
    String message = "browser tests need Chromium and its driver (Debian: apt-get install chromium chromium-driver); "
        + "missing " + missing;
    if ("1".equals(System.getenv("BLOGSEARCH_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(message + ", and BLOGSEARCH_REQUIRE_BROWSER=1 makes that a failure");
    }
    if (SKIP_ANNOUNCED.compareAndSet(false, true)) {
      // Surefire counts skipped tests without saying why; one line in the build output does.
      System.err.println(message + "; skipping the browser tests");
    }
    return ConditionEvaluationResult.disabled(message + "; skipping the browser tests");
  }

  /** A fresh headless browser keeping its profile in {@code profile}; the caller quits it. */
  static ChromeDriver launch(Path profile) {
    CDP_VERSION_NOTICE.setLevel(Level.SEVERE);
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions()
        .setBinary(BROWSER.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--lang=en-US", "--window-size=1000,800", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_TRAP));
    return driver;
  }
}
