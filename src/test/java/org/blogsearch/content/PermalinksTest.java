package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PermalinksTest {

  private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2018, 8, 3));

  @Test
  void defaultPatternUsesSectionAndSlug() {
    var permalinks = new Permalinks(ContentOptions.DEFAULT_PERMALINK);
    assertEquals("/posts/my-post/", permalinks.url("posts", "my-post", DATE));
    assertEquals("/a/", permalinks.url("", "a", DATE));
  }

  @Test
  void dateTokensArePaddedAndDroppedWithoutADate() {
    var permalinks = new Permalinks("/:year/:month/:day/:slug/");
    assertEquals("/2018/08/03/x/", permalinks.url("posts", "x", DATE));
    assertEquals("/x/", permalinks.url("posts", "x", Optional.empty()));
    assertEquals("/blog/2018-08/x.html", new Permalinks("/blog/:year-:month/:slug.html").url("p", "x", DATE));
  }

  @Test
  void slugIsNotSubstitutedTwice() {
    assertEquals("/posts/:year-in-review/", new Permalinks("/:section/:slug/").url("posts", ":year-in-review", DATE));
  }

  @Test
  void frontMatterUrlIsRooted() {
    assertEquals("/2021/05/01/x", Permalinks.fromFrontMatter("2021/05/01/x"));
    assertEquals("/about/", Permalinks.fromFrontMatter("/about/"));
    assertEquals("https://example.com/x", Permalinks.fromFrontMatter("https://example.com/x"));
  }
}
