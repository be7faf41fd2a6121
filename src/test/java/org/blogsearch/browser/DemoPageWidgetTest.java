package org.blogsearch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The widget on the server's demo page, driven in Chromium the way a reader uses it. */
@ExtendWith(Chromium.class)
class DemoPageWidgetTest {

  @TempDir static Path temp;
  private static WidgetBlog blog;
  private static ChromeDriver driver;
  private static WidgetPage page;
  private static String demo;

  @BeforeAll
  static void start() throws IOException {
    blog = new WidgetBlog(temp.resolve("index"));
    demo = blog.serve(List.of()) + "/";
    driver = Chromium.launch(temp.resolve("profile"));
    page = new WidgetPage(driver);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (blog != null) {
      blog.close();
    }
  }

  @BeforeEach
  void openTheDemoPage() {
    page.open(demo);
  }

  @AfterEach
  void pageRanWithoutErrors() {
    page.assertNoErrors();
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  @Test
  void typingShowsMatchingPostsAsOptionsLinkingToThem() throws Exception {
    page.type("compost");
    JsonNode answer = blog.search("q=compost&size=8");
    page.awaitHrefs(blog.urls("q=compost&size=8"));

    WebElement input = page.input();
    assertEquals("combobox", input.getDomAttribute("role"));
    assertTrue(page.expanded());
    assertEquals("listbox", page.listbox().getDomAttribute("role"));
    assertTrue(page.listbox().isDisplayed());
    assertEquals(texts(answer.get("hits"), "title"), page.titles());
    assertEquals(demo + "posts/compost-basics/", link(page.options().getFirst()).getDomProperty("href"));
    for (WebElement option : page.options()) {
      List<String> marks = option.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
      assertFalse(marks.isEmpty(), option.getText());
      assertTrue(marks.stream().allMatch("compost"::equalsIgnoreCase), marks.toString());
    }
    WebElement first = page.options().getFirst();
    assertTrue(first.getText().contains("Sep 2, 2023"), first.getText());
    assertEquals(List.of("compost", "howto"),
        first.findElements(By.cssSelector(".bs-tag")).stream().map(WebElement::getText).toList());
    assertEquals(answer.get("total").asInt() + " posts", page.status());
    assertEquals(page.status(), page.announced());
  }

  @Test
  void hostilePostsShowAsTextAndRunNothing() {
    page.type("mischief");
    page.awaitHrefs(List.of("/posts/hostile-title/"));
    WebElement option = page.options().getFirst();
    assertEquals("<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">", page.titles().getFirst());
    assertEquals(List.of(), option.findElements(By.cssSelector("script, img")));
    String snippet = option.findElement(By.cssSelector(".bs-snippet")).getText();
    assertTrue(snippet.contains("<img src=y onerror=\"window.__pwned=3\"> is mischief"), snippet);
    assertEquals(List.of("mischief"), option.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList());

    page.retype("trickster");
    page.await(d -> page.titles().equals(List.of("A post whose link is a script")));
    assertNull(link(page.options().getFirst()).getDomAttribute("href"), "a javascript: address is no link");
    page.press(Keys.ARROW_DOWN);
    page.press(Keys.ENTER);
    assertEquals(demo, driver.getCurrentUrl());
    assertNull(page.script("return window.__pwned"));
  }

  @Test
  void nothingFoundSaysSo() {
    page.type("xylophone");
    page.await(d -> page.status().startsWith("No posts match “xylophone”."));
    assertTrue(page.status().contains("Try other words or fewer filters."), page.status());
    assertEquals("No posts match “xylophone”.", page.announced());
    assertEquals(List.of(), page.options());
    assertTrue(page.expanded());
  }

  @Test
  void aWordNoPostHoldsIsLeftOutAndSaidSo() throws Exception {
    page.type("garden xylophone");
    page.awaitHrefs(blog.urls("q=garden&size=8"));
    assertEquals(blog.search("q=garden").get("total").asInt() + " posts\n"
        + "Left out, found in no post: xylophone", page.status());
  }

  @Test
  void arrowKeysMoveThroughTheOptionsAndEnterOpensOne() {
    page.type("garden");
    page.await(d -> page.options().size() == 8);
    List<WebElement> options = page.options();

    page.press(Keys.ARROW_DOWN);
    assertActive(options, 0);
    page.press(Keys.ARROW_DOWN);
    assertActive(options, 1);
    page.press(Keys.ARROW_UP);
    assertActive(options, 0);
    page.press(Keys.ARROW_UP);
    assertActive(options, -1);
    page.press(Keys.ARROW_UP);
    assertActive(options, 7);
    page.press(Keys.ARROW_DOWN);
    assertActive(options, 7);
    page.press(Keys.ARROW_UP);
    assertActive(options, 6);

    String post = link(options.get(6)).getDomProperty("href");
    assertTrue(post.startsWith(demo + "posts/"), post);
    page.press(Keys.ENTER);
    page.await(d -> d.getCurrentUrl().equals(post));
  }

  @Test
  void escapeClosesAndSlashOrCtrlKFocusesTheBox() {
    WebElement heading = driver.findElement(By.tagName("h1"));
    heading.click();
    new Actions(driver).sendKeys("/").perform();
    page.await(d -> page.input().equals(d.switchTo().activeElement()));
    assertEquals("", page.input().getDomProperty("value"), "the slash focuses, it is not typed");

    page.input().sendKeys("garden");
    page.await(d -> page.options().size() == 8);
    page.press(Keys.ESCAPE);
    assertFalse(page.expanded());
    assertFalse(page.listbox().isDisplayed());
    assertEquals("garden", page.input().getDomProperty("value"));
    page.press(Keys.ARROW_DOWN);
    page.await(d -> page.expanded() && page.listbox().isDisplayed());

    heading.click();
    page.await(d -> !page.expanded());
    new Actions(driver).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
    page.await(d -> page.input().equals(d.switchTo().activeElement()));
    page.press(Keys.ESCAPE);
    page.press(Keys.ESCAPE);
    assertEquals("", page.input().getDomProperty("value"), "a second Escape empties the box");
    assertFalse(page.expanded());
  }

  @Test
  void tagChipsAndAYearRangeNarrowTheResults() throws Exception {
    page.type("garden");
    page.awaitHrefs(blog.urls("q=garden&size=8"));
    assertEquals("12 posts", page.status());
    assertEquals("false", chip("howto").getDomAttribute("aria-pressed"));

    chip("howto").click();
    page.awaitHrefs(blog.urls("q=garden&tag=howto&size=8"));
    assertEquals("true", chip("howto").getDomAttribute("aria-pressed"));
    assertEquals(blog.search("q=garden&tag=howto").get("total").asInt() + " posts", page.status());
    assertTrue(driver.switchTo().activeElement().getText().startsWith("howto"), "the chip keeps the focus");

    new Select(year("From")).selectByValue("2021");
    page.awaitHrefs(blog.urls("q=garden&tag=howto&from=2021&size=8"));
    new Select(year("To")).selectByValue("2023");
    page.awaitHrefs(blog.urls("q=garden&tag=howto&from=2021&to=2023&size=8"));
    assertEquals(3, page.hrefs().size(), "howto posts of 2021 to 2023: " + page.hrefs());

    chip("howto").click();
    page.awaitHrefs(blog.urls("q=garden&from=2021&to=2023&size=8"));
    assertEquals("false", chip("howto").getDomAttribute("aria-pressed"));
  }

  @Test
  void moreResultsAppendTheNextPage() throws Exception {
    page.type("garden");
    List<String> firstPage = blog.urls("q=garden&size=8");
    page.awaitHrefs(firstPage);
    WebElement more = driver.findElement(By.xpath("//blog-search//button[normalize-space()='More results']"));
    more.click();
    List<String> both = Stream.concat(firstPage.stream(), blog.urls("q=garden&size=8&page=2").stream()).toList();
    assertEquals(12, both.size());
    page.awaitHrefs(both);
    assertFalse(more.isDisplayed(), "nothing more to show");
    assertEquals(page.input(), driver.switchTo().activeElement());
  }

  @Test
  void looksFollowThePageTheColourSchemeAndTheReader() {
    page.type("garden");
    page.await(d -> page.options().size() == 8);
    WebElement panel = driver.findElement(By.cssSelector("blog-search .bs-panel"));
    assertEquals(page.script("return getComputedStyle(document.body).fontFamily"), page.input().getCssValue("font-family"));
    assertEquals("rgba(255, 255, 255, 1)", panel.getCssValue("background-color"));
    assertEquals("bs-in", panel.getCssValue("animation-name"));

    emulate("prefers-color-scheme", "dark");
    page.await(d -> panel.getCssValue("background-color").equals("rgba(28, 33, 40, 1)"));
    page.script("document.querySelector('blog-search').style.setProperty('--blog-search-background', 'rgb(1, 2, 3)')");
    assertEquals("rgba(1, 2, 3, 1)", panel.getCssValue("background-color"));
    emulate("prefers-reduced-motion", "reduce");
    page.await(d -> panel.getCssValue("animation-name").equals("none"));

    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
    page.await(d -> Long.valueOf(320).equals(page.script("return document.documentElement.clientWidth")));
    assertEquals(320L, page.script("return document.documentElement.scrollWidth"), "nothing sticks out sideways");
    assertTrue(panel.getRect().getX() >= 0 && panel.getRect().getX() + panel.getRect().getWidth() <= 320,
        panel.getRect().toString());
    assertTrue(panel.isDisplayed() && page.options().getFirst().isDisplayed());
  }

  private void emulate(String feature, String value) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", feature, "value", value))));
  }

  private static void assertActive(List<WebElement> options, int index) {
    String active = page.input().getDomAttribute("aria-activedescendant");
    List<String> selected = new ArrayList<>();
    for (WebElement option : options) {
      selected.add(option.getDomAttribute("aria-selected"));
    }
    if (index < 0) {
      assertNull(active);
      assertFalse(selected.contains("true"), selected.toString());
      return;
    }
    assertEquals(options.get(index).getDomAttribute("id"), active);
    assertEquals(index, selected.indexOf("true"), selected.toString());
    assertEquals(1, selected.stream().filter("true"::equals).count(), selected.toString());
    assertEquals("solid", options.get(index).getCssValue("outline-style"), "the active option is visibly marked");
    assertEquals(page.input(), driver.switchTo().activeElement(), "focus stays in the search box");
  }

  private static WebElement link(WebElement option) {
    return option.findElement(By.tagName("a"));
  }

  private static WebElement chip(String tag) {
    return driver.findElements(By.cssSelector("blog-search [role=group] button")).stream()
        .filter(button -> button.getText().split("\\s+")[0].equals(tag))
        .findFirst().orElseThrow(() -> new AssertionError("no chip for " + tag));
  }

  private static WebElement year(String label) {
    return driver.findElement(By.xpath("//blog-search//label[starts-with(normalize-space(), '" + label + "')]/select"));
  }

  private static List<String> texts(JsonNode hits, String field) {
    return StreamSupport.stream(hits.spliterator(), false).map(hit -> hit.get(field).asText()).toList();
  }
}
