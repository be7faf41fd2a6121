package org.blogsearch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The widget on a blog's own search page: a query it starts with, the address bar kept in step so that
 * Back and a shared link work, a page script searching through it, and the reader's choice of order.
 */
@ExtendWith(Chromium.class)
class WidgetOnRealPagesTest {

  @TempDir static Path temp;
  private static WidgetBlog blog;
  private static OtherSite site;
  private static ChromeDriver driver;
  private static WidgetPage page;
  private static String widget;

  @BeforeAll
  static void start() throws IOException {
    blog = new WidgetBlog(temp.resolve("index"));
    site = new OtherSite();
    widget = blog.serve(List.of()) + "/widget.js";
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

  private static String pageWith(String path, String element) {
    site.page(path, OtherSite.blogPage(widget, element));
    return site.localhost() + path;
  }

  @Test
  void theQueryAttributeIsSearchedAsThePageLoads() throws Exception {
    page.open(pageWith("/query.html", "<blog-search query=\"compost\"></blog-search>"));
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    assertEquals("compost", page.input().getDomProperty("value"));
    assertTrue(page.expanded(), "the results are shown without the reader touching the box");
    assertTrue(page.listbox().isDisplayed());
  }

  @Test
  void aSharedLinkOpensWithItsResults() throws Exception {
    String search = pageWith("/shared.html", "<blog-search sync-url query=\"garden\"></blog-search>");
    page.open(search + "?q=compost");
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    assertEquals("compost", page.input().getDomProperty("value"), "the link's query wins over the page's");
    assertEquals(search + "?q=compost", driver.getCurrentUrl());

    page.open(search + "?q=tomato+harvest");
    page.awaitHrefs(blog.urls("q=tomato+harvest&size=8"));
    assertEquals("tomato harvest", page.input().getDomProperty("value"));
  }

  @Test
  void theAddressBarFollowsTheQueryAndBackReturnsToThePreviousOne() throws Exception {
    String search = pageWith("/history.html", "<blog-search sync-url></blog-search>");
    page.open(search);
    page.type("compost");
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    page.await(d -> d.getCurrentUrl().equals(search + "?q=compost"));
    page.retype("garden");
    page.awaitHrefs(blog.urls("q=garden&size=8"));
    page.await(d -> d.getCurrentUrl().equals(search + "?q=garden"));

    driver.navigate().back();
    page.await(d -> d.getCurrentUrl().equals(search + "?q=compost"));
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    assertEquals("compost", page.input().getDomProperty("value"));

    driver.navigate().back();
    page.await(d -> d.getCurrentUrl().equals(search));
    page.await(d -> "".equals(page.input().getDomProperty("value")));
    assertFalse(page.expanded());
    assertEquals(List.of(), page.options());

    driver.navigate().forward();
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    assertEquals("compost", page.input().getDomProperty("value"));
  }

  @Test
  void typingAWordLetterByLetterLeavesOneHistoryEntry() throws Exception {
    String search = pageWith("/letters.html", "<blog-search sync-url></blog-search>");
    page.open(search);
    long before = (Long) page.script("return history.length");
    page.type("comp");
    page.awaitHrefs(blog.urls("q=comp&size=8"));
    page.input().sendKeys("ost");
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    page.await(d -> d.getCurrentUrl().equals(search + "?q=compost"));
    assertEquals(before + 1, page.script("return history.length"));
  }

  @Test
  void withoutSyncUrlTheAddressStaysAsItWas() throws Exception {
    String search = pageWith("/quiet.html", "<blog-search></blog-search>");
    page.open(search + "?q=garden");
    page.type("compost");
    page.awaitHrefs(blog.urls("q=compost&size=8"));
    assertEquals(search + "?q=garden", driver.getCurrentUrl());
    assertEquals("compost", page.input().getDomProperty("value"), "?q= is only read with sync-url");
  }

  @Test
  void aPageScriptSearchesThroughTheElement() throws Exception {
    page.open(pageWith("/script.html", "<blog-search></blog-search>"));
    Object shown = page.script("""
        return document.querySelector("blog-search").search(arguments[0])
          .then(() => document.querySelectorAll("blog-search [role=option]").length)""", "garden");
    assertEquals(8L, shown, "search() resolves once the results are on the page");
    assertEquals(blog.urls("q=garden&size=8"), page.hrefs());
    assertEquals("garden", page.input().getDomProperty("value"));
    assertTrue(page.expanded());
  }

  @Test
  void theSortChoiceIsReachedByKeyboardAndShowsNewestFirst() throws Exception {
    page.open(pageWith("/sort.html", "<blog-search sort></blog-search>"));
    page.type("garden");
    page.awaitHrefs(blog.urls("q=garden&size=8"));
    List<String> newest = blog.urls("q=garden&sort=date&size=8");
    assertFalse(newest.equals(page.hrefs()), "the fixture orders differently by date");

    WebElement sort = driver.findElement(By.cssSelector("blog-search select[data-key=sort]"));
    assertEquals("Sort", sort.findElement(By.xpath("..")).getText().lines().findFirst().orElseThrow().strip());
    for (int tabs = 0; tabs < 30 && !sort.equals(driver.switchTo().activeElement()); tabs++) {
      page.press(Keys.TAB);
    }
    assertEquals(sort, driver.switchTo().activeElement(), "Tab reaches the sort choice");
    assertTrue(page.expanded(), "the results stay open while the reader moves to it");
    page.press(Keys.ARROW_DOWN);
    page.awaitHrefs(newest);
    // The filters are drawn anew with each answer; the new choice holds the value and the focus.
    WebElement redrawn = driver.findElement(By.cssSelector("blog-search select[data-key=sort]"));
    assertEquals("date", redrawn.getDomProperty("value"));
    assertEquals(redrawn, driver.switchTo().activeElement(), "the choice keeps the focus");
  }

  @Test
  void sortDateStartsWithNewestAndWithoutTheAttributeThereIsNoChoice() throws Exception {
    page.open(pageWith("/newest.html", "<blog-search sort=\"date\" query=\"garden\"></blog-search>"));
    page.awaitHrefs(blog.urls("q=garden&sort=date&size=8"));
    page.open(pageWith("/plain.html", "<blog-search query=\"garden\"></blog-search>"));
    page.awaitHrefs(blog.urls("q=garden&size=8"));
    assertEquals(List.of(), driver.findElements(By.cssSelector("blog-search select[data-key=sort]")));
  }
}
