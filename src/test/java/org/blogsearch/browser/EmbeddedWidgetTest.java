package org.blogsearch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget as a blog on another origin embeds it: two lines of HTML pointing at the search server, the
 * server's CORS answer deciding whether the page may read results, and the states a reader can meet.
 */
@ExtendWith(Chromium.class)
class EmbeddedWidgetTest {

  @TempDir static Path temp;
  private static WidgetBlog blog;
  private static OtherSite site;
  private static ChromeDriver driver;
  private static WidgetPage page;
  private static String anyOrigin;
  private static String onlyLocalhost;

  @BeforeAll
  static void start() throws IOException {
    blog = new WidgetBlog(temp.resolve("index"));
    site = new OtherSite();
    anyOrigin = blog.serve(List.of());
    onlyLocalhost = blog.serve(List.of(site.localhost()));
    driver = Chromium.launch(temp.resolve("profile"));
    page = new WidgetPage(driver);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
    if (blog != null) {
      blog.close();
    }
  }

  @AfterEach
  void pageRanWithoutErrors() {
    page.assertNoErrors();
  }

  @Test
  void aBlogOnAnotherOriginEmbedsItWithTwoLines() throws Exception {
    site.page("/embed.html", OtherSite.blogPage(anyOrigin + "/widget.js", "<blog-search></blog-search>"));
    page.open(site.localhost() + "/embed.html");
    page.type("compost");
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    String post = page.options().getFirst().findElement(By.tagName("a")).getDomProperty("href");
    assertEquals(site.localhost() + "/posts/compost-basics/", post, "posts live on the blog, not on the search server");
    assertTrue(page.options().getFirst().findElements(By.tagName("mark")).size() > 0);
    assertEquals(page.script("return getComputedStyle(document.body).fontFamily"), page.input().getCssValue("font-family"));
  }

  @Test
  void anOriginOffTheAllowListGetsTheErrorState() throws Exception {
    site.page("/allow-list.html", OtherSite.blogPage(onlyLocalhost + "/widget.js", "<blog-search></blog-search>"));

    page.open(site.localhost() + "/allow-list.html");
    page.type("compost");
    page.awaitHrefs(blog.urls("q=compost&size=8"));

    page.open(site.loopback() + "/allow-list.html");
    page.type("compost");
    page.awaitStatus("Search is unavailable right now. Please try again later.");
    assertEquals(page.status(), page.announced());
    assertEquals(List.of(), page.options());
    assertTrue(page.expanded());
  }

  @Test
  void anUnreachableServerGetsTheErrorState() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    site.page("/down.html", OtherSite.blogPage(anyOrigin + "/widget.js",
        "<blog-search endpoint=\"http://127.0.0.1:" + closedPort + "\"></blog-search>"));
    page.open(site.localhost() + "/down.html");
    page.type("compost");
    page.awaitStatus("Search is unavailable right now. Please try again later.");
    assertEquals(List.of(), page.options());
    assertEquals("error", page.script("return document.querySelector('blog-search').dataset.state"));
  }

  @Test
  void attributesSetTheLanguageThePageSizeAndAPresetTag() throws Exception {
    site.page("/attributes.html", OtherSite.blogPage(anyOrigin + "/widget.js",
        "<blog-search lang=\"de\" size=\"2\" tags=\"Vegetables\"></blog-search>"
            + "<blog-search placeholder=\"Find a recipe\"></blog-search>"));
    page.open(site.localhost() + "/attributes.html");
    assertEquals("Blog durchsuchen", page.input().getDomAttribute("placeholder"));
    assertEquals("Find a recipe",
        driver.findElements(By.cssSelector("blog-search input[role=combobox]")).get(1).getDomAttribute("placeholder"));

    page.type("garden");
    page.awaitHrefs(blog.urls("q=garden&tag=vegetables&size=2"));
    assertEquals(blog.search("q=garden&tag=vegetables").get("total").asInt() + " Beiträge", page.status());
    WebElement chip = driver.findElement(By.cssSelector("blog-search [role=group] button"));
    assertEquals("vegetables", chip.getText().split("\\s+")[0]);
    assertEquals("true", chip.getDomAttribute("aria-pressed"));
    LocalDate date = LocalDate.parse(blog.search("q=garden&tag=vegetables&size=2").get("hits").get(0).get("date").asText());
    assertEquals(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
        page.options().getFirst().findElement(By.tagName("time")).getText(), "dates are written the German way");
    assertTrue(driver.findElement(By.xpath("//blog-search//button[normalize-space()='Weitere Ergebnisse']"))
        .isDisplayed());
  }

  @Test
  void everyLanguageHasItsWordsAndOthersFallBackToEnglish() throws Exception {
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("lang=\"en\"", "Search this blog");
    placeholders.put("lang=\"de-AT\"", "Blog durchsuchen");
    placeholders.put("lang=\"fr\"", "Rechercher dans le blog");
    placeholders.put("lang=\"es\"", "Buscar en el blog");
    placeholders.put("lang=\"zh\"", "搜索博客");
    placeholders.put("lang=\"ja\"", "ブログを検索");
    placeholders.put("lang=\"pt\"", "Search this blog");
    placeholders.put("", "Rechercher dans le blog");
    StringBuilder widgets = new StringBuilder();
    placeholders.keySet().forEach(attribute -> widgets.append("<blog-search ").append(attribute).append("></blog-search>"));
    site.page("/languages.html", OtherSite.blogPage(anyOrigin + "/widget.js", "<div lang=\"fr\">" + widgets + "</div>"));
    page.open(site.localhost() + "/languages.html");

    List<WebElement> boxes = driver.findElements(By.tagName("blog-search"));
    assertEquals(List.copyOf(placeholders.values()),
        boxes.stream().map(box -> box.findElement(By.tagName("input")).getDomAttribute("placeholder")).toList());
    String total = String.valueOf(blog.search("q=garden").get("total").asInt());
    for (String query : List.of("garden", "xylophone")) {
      for (WebElement box : boxes) {
        WebElement input = box.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), query);
      }
      for (WebElement box : boxes) {
        WebElement status = box.findElement(By.cssSelector("[role=status]"));
        String expected = query.equals("garden") ? total : query;
        String said = page.await(d -> {
          String text = status.getDomProperty("textContent");
          return text.contains(expected) ? text : null;
        });
        assertFalse(said.contains("{") || said.contains("undefined"), said);
      }
    }
  }

  @Test
  void didYouMeanSearchesTheSuggestion() {
    site.route("/stand-in/api/search", exchange -> {
      boolean misspelt = query(exchange).equals("tomatos");
      OtherSite.send(exchange, 200, "application/json", misspelt
          ? answer(0, "", "\"suggestion\": \"tomatoes\"")
          : answer(1, hit("/posts/tomatoes/", "Tomatoes, spelt right"), "\"suggestion\": null"));
    });
    site.page("/suggest.html", OtherSite.blogPage(anyOrigin + "/widget.js",
        "<blog-search endpoint=\"" + site.localhost() + "/stand-in\"></blog-search>"));
    page.open(site.localhost() + "/suggest.html");
    page.type("tomatos");
    WebElement suggestion = page.await(d -> d.findElement(By.cssSelector("blog-search .bs-suggest")));
    page.await(d -> suggestion.getText().equals("Did you mean tomatoes?"));
    suggestion.findElement(By.tagName("button")).click();
    page.awaitHrefs(List.of("/posts/tomatoes/"));
    assertEquals("tomatoes", page.input().getDomProperty("value"));
    assertFalse(suggestion.isDisplayed(), "no suggestion once the results are there");
  }

  @Test
  void aLateAnswerNeverReplacesANewerOne() {
    CountDownLatch slowAsked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean slowAnswered = new AtomicBoolean();
    site.route("/slow/api/search", exchange -> {
      if (query(exchange).equals("slow")) {
        slowAsked.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
          OtherSite.send(exchange, 200, "application/json", answer(1, hit("/posts/stale/", "Stale answer"), ""));
        } catch (IOException | InterruptedException e) {
          // The browser gave up on the request, as it should once a newer one is under way.
        } finally {
          slowAnswered.set(true);
        }
      } else {
        OtherSite.send(exchange, 200, "application/json", answer(1, hit("/posts/fresh/", "Fresh answer"), ""));
      }
    });
    site.page("/slow.html", OtherSite.blogPage(anyOrigin + "/widget.js",
        "<blog-search endpoint=\"" + site.localhost() + "/slow\"></blog-search>"));
    page.open(site.localhost() + "/slow.html");
    page.type("slow");
    page.await(d -> slowAsked.getCount() == 0);
    page.retype("fresh");
    page.awaitHrefs(List.of("/posts/fresh/"));

    release.countDown();
    page.await(d -> slowAnswered.get());
    try {
      new WebDriverWait(driver, Duration.ofSeconds(1)).until(d -> page.hrefs().contains("/posts/stale/"));
      throw new AssertionError("the answer for 'slow' replaced the newer one for 'fresh'");
    } catch (TimeoutException expected) {
      assertEquals(List.of("/posts/fresh/"), page.hrefs());
      assertEquals("fresh", page.input().getDomProperty("value"));
    }
  }

  private static String query(HttpExchange exchange) {
    for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
      if (pair.startsWith("q=")) {
        return URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static String answer(int total, String hits, String extra) {
    return """
        {"query": "", "total": %d, "page": 1, "size": 8, "tookMs": 1, "hits": [%s],
         "facets": {"tags": [], "years": []}%s}
        """.formatted(total, hits, extra.isEmpty() ? "" : ", " + extra);
  }

  private static String hit(String url, String title) {
    return """
        {"slug": "s", "url": "%s", "title": "%s", "date": null, "tags": [], "categories": [],
         "snippet": "a <mark>match</mark>", "score": 1.0}
        """.formatted(url, title);
  }
}
