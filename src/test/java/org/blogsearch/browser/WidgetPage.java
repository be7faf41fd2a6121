package org.blogsearch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The first {@code <blog-search>} of the page in the browser, seen the way a reader and a screen reader
 * see it: through its ARIA roles, its links and its visible text.
 */
final class WidgetPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  WidgetPage(WebDriver driver) {
    this.driver = driver;
    // Options are replaced as answers arrive; an element read while that happens is simply read again.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** Loads {@code url} and waits until the widget has been built. */
  WidgetPage open(String url) {
    driver.get(url);
    await(d -> !d.findElements(By.cssSelector("blog-search input[role=combobox]")).isEmpty());
    return this;
  }

  WebElement input() {
    return driver.findElement(By.cssSelector("blog-search input[role=combobox]"));
  }

  WebElement listbox() {
    return driver.findElement(By.id(input().getDomAttribute("aria-controls")));
  }

  List<WebElement> options() {
    return listbox().findElements(By.cssSelector("[role=option]"));
  }

  /** The {@code href} of each option's link, as written (the post's URL). */
  List<String> hrefs() {
    return options().stream().map(option -> option.findElement(By.tagName("a")).getDomAttribute("href")).toList();
  }

  List<String> titles() {
    return options().stream().map(option -> option.findElement(By.cssSelector(".bs-title")).getText()).toList();
  }

  /** Focuses the search box and types. */
  void type(String text) {
    input().click();
    input().sendKeys(text);
  }

  /** Replaces what the search box holds. */
  void retype(String text) {
    input().sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  void press(CharSequence key) {
    driver.switchTo().activeElement().sendKeys(key);
  }

  /** The visible line above the results: counts, nothing found, or the error. */
  String status() {
    return driver.findElement(By.cssSelector("blog-search .bs-status")).getText();
  }

  /** What the live region last announced to screen readers. */
  String announced() {
    return driver.findElement(By.cssSelector("blog-search [role=status]")).getDomProperty("textContent");
  }

  boolean expanded() {
    return "true".equals(input().getDomAttribute("aria-expanded"));
  }

  void awaitHrefs(List<String> expected) {
    await(d -> hrefs().equals(expected));
  }

  void awaitStatus(String expected) {
    await(d -> status().equals(expected));
  }

  /** Waits for {@code condition} to hold, reporting the page's state when it never does. */
  <T> T await(Function<WebDriver, T> condition) {
    return wait.withMessage(() -> "the widget showed: " + status() + " " + hrefs()).until(condition);
  }

  Object script(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /** Fails when a script on the page threw or left a promise rejected. */
  void assertNoErrors() {
    assertEquals(List.of(), script("return window.__errors"), "errors on " + driver.getCurrentUrl());
  }
}
