package org.blogsearch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
 * The shipped Hugo partial and shortcode ({@code integrations/hugo}) in a site that Hugo really builds:
 * the gardening blog's posts in a folder of their site ({@code /blog/}), served as static files, with
 * a blogsearch server on another origin behind the search box.
 */
@ExtendWith({Hugo.class, Chromium.class})
class HugoPartialTest {

  private static final Path INTEGRATION = Path.of("integrations", "hugo", "layouts");

  @TempDir static Path temp;
  private static WidgetBlog blog;
  private static OtherSite site;
  private static ChromeDriver driver;
  private static WidgetPage page;
  private static String home;

  @BeforeAll
  static void buildAndServe() throws Exception {
    blog = new WidgetBlog(temp.resolve("index"));
    String api = blog.serve(List.of());
    site = new OtherSite();
    home = site.localhost() + "/blog/";
    Path source = temp.resolve("site");
    writeSite(source, home, api + "/");
    Hugo.build(source, temp.resolve("public"));
    site.folder("/blog/", temp.resolve("public"));
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

  /** A Hugo site as a blogger has it: their layouts, their posts, and the integration's two files copied in. */
  private static void writeSite(Path source, String baseUrl, String endpoint) throws IOException {
    write(source.resolve("hugo.toml"), """
        baseURL = "%s"
        title = "A garden blog"
        languageCode = "en-GB"
        disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap"]

        [params.blogsearch]
        endpoint = "%s"
        placeholder = "Search the garden"
        """.formatted(baseUrl, endpoint));
    write(source.resolve("layouts/index.html"), """
        <!doctype html>
        <html lang="{{ site.LanguageCode }}">
        <head><meta charset="utf-8"><title>{{ site.Title }}</title><link rel="icon" href="data:,"></head>
        <body><header>{{ partial "blogsearch.html" . }}</header><h1>{{ site.Title }}</h1></body>
        </html>
        """);
    write(source.resolve("layouts/_default/single.html"), """
        <!doctype html>
        <html lang="{{ site.LanguageCode }}">
        <head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="icon" href="data:,"></head>
        <body><h1>{{ .Title }}</h1>{{ .Content }}</body>
        </html>
        """);
    write(source.resolve("content/search.md"), """
        ---
        title: Search
        ---

        {{< blogsearch query="garden" sort="date" sync_url="true" >}}
        """);
    for (String file : List.of("partials/blogsearch.html", "shortcodes/blogsearch.html")) {
      write(source.resolve("layouts").resolve(file), Files.readString(INTEGRATION.resolve(file)));
    }
    Path posts = source.resolve("content/posts");
    Files.createDirectories(posts);
    try (Stream<Path> files = Files.list(widgetBlogPosts())) {
      files.forEach(post -> copy(post, posts.resolve(post.getFileName())));
    }
  }

  private static Path widgetBlogPosts() {
    try {
      return Path.of(HugoPartialTest.class.getResource("/widget-blog/posts").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The post URLs the API answers, as links on the blog: under its base URL. */
  private static List<String> onTheBlog(List<String> urls) {
    return urls.stream().map(url -> home + url.substring(1)).toList();
  }

  @Test
  void theBuiltHomePageFindsPostsAndOpensThemOnTheBlog() throws Exception {
    page.open(home);
    WebElement box = driver.findElement(By.tagName("blog-search"));
    assertEquals("en-GB", box.getDomAttribute("lang"));
    assertEquals("Search the garden", page.input().getDomAttribute("placeholder"));

    page.type("compost");
    page.awaitHrefs(onTheBlog(blog.urls("q=compost&size=8")));
    String first = page.titles().getFirst();
    page.press(Keys.ARROW_DOWN);
    page.press(Keys.ENTER);
    page.await(d -> d.getCurrentUrl().equals(home + "posts/compost-basics/"));
    assertEquals(first, driver.findElement(By.tagName("h1")).getText(), "the link opens the post Hugo built");
  }

  @Test
  void theShortcodeSearchesItsQueryNewestFirstAndKeepsTheAddress() throws Exception {
    page.open(home + "search/");
    page.awaitHrefs(onTheBlog(blog.urls("q=garden&sort=date&size=8")));
    assertTrue(page.expanded());

    page.open(home + "search/?q=compost");
    page.awaitHrefs(onTheBlog(blog.urls("q=compost&sort=date&size=8")));
    page.retype("tomato");
    page.await(d -> d.getCurrentUrl().equals(home + "search/?q=tomato"));
    driver.navigate().back();
    page.awaitHrefs(onTheBlog(blog.urls("q=compost&sort=date&size=8")));
  }
}
