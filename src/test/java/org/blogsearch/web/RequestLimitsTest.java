package org.blogsearch.web;

import static org.blogsearch.web.Http.error;
import static org.blogsearch.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one request may ask: each limit answers 400 (or 503 for time) with the limit and its option. */
class RequestLimitsTest {

  @TempDir static Path indexDir;
  private static ServedTestBlog blog;

  @BeforeAll
  static void serveWithSmallLimits() throws IOException {
    blog = ServedTestBlog.start(indexDir,
        new WebOptions("127.0.0.1", 0, List.of(), new RequestLimits(20, 3, 100, 0, 1, false)));
  }

  @AfterAll
  static void stop() throws IOException {
    blog.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void aQueryLongerThanTheLimitAnswers400() throws Exception {
    HttpResponse<String> response = get(blog.server, "/api/search?q=" + q("x".repeat(21)));
    assertEquals(400, response.statusCode());
    assertEquals("q is 21 characters long; the limit is 20 (--max-query-length)", error(response));
    assertEquals(200, get(blog.server, "/api/search?q=" + q("x".repeat(20))).statusCode());
    assertEquals(200, get(blog.server, "/api/search?q=" + q("全文检索".repeat(5))).statusCode(), "characters, not bytes");
    assertEquals(400, get(blog.server, "/api/suggest?q=" + q("x".repeat(21))).statusCode());
  }

  @Test
  void aQueryOfMoreWordsThanTheLimitAnswers400() throws Exception {
    HttpResponse<String> response = get(blog.server, "/api/search?q=" + q("a b c d"));
    assertEquals(400, response.statusCode());
    assertEquals("q has 4 words; the limit is 3 (--max-query-words)", error(response));
    assertEquals(200, get(blog.server, "/api/search?q=" + q("a OR b OR c")).statusCode(), "OR is no word");
    assertEquals("q has 4 words; the limit is 3 (--max-query-words)", error(get(blog.server, "/api/search?q=" + q("a\"b\"c\"d"))),
        "quotes inside a word split it, as the syntax reads it");
    assertEquals(200, get(blog.server, "/api/search?q=" + q("tag:\"a b c\" x")).statusCode(),
        "a quoted tag is one word");
  }

  @Test
  void wordsAreCountedAsTheQueryIsSplitWhateverTheSpace() throws Exception {
    for (String space : List.of("\u3000", "\u2003", "\u001f", "\t")) {
      HttpResponse<String> response = get(blog.server, "/api/search?q=" + q(String.join(space, "a", "b", "c", "d")));
      assertEquals(400, response.statusCode(), "words split by U+" + Integer.toHexString(space.charAt(0)));
      assertEquals("q has 4 words; the limit is 3 (--max-query-words)", error(response));
    }
  }

  @Test
  void aPageDeeperThanTheLimitAnswers400() throws Exception {
    assertEquals(200, get(blog.server, "/api/search?page=10&size=10").statusCode());
    HttpResponse<String> response = get(blog.server, "/api/search?page=3&size=50");
    assertEquals(400, response.statusCode());
    assertEquals("page 3 of 50 results reaches result 150; the limit is 100 results deep (--max-page-depth)",
        error(response));
  }

  @Test
  void queryTextWithinTheLimitsIsStillNeverAnError() throws Exception {
    for (String typed : List.of("C++ (2018)", "\"", "date:[x TO y]", "tag:", "-", "title:", "%", "*lucene?")) {
      assertEquals(200, get(blog.server, "/api/search?q=" + q(typed)).statusCode(), typed);
    }
  }

  @Test
  void aSearchOverTheTimeLimitAnswers503AndSaysWhichOptionSetsIt() throws Exception {
    SearchEngine slow = new StandInEngine() {
      @Override
      public SearchResults search(SearchRequest request) {
        throw new SearchTimeoutException(Duration.ofMillis(2000));
      }
    };
    try (WebServer timing = WebServer.start(slow, WebOptions.of("127.0.0.1", 0))) {
      HttpResponse<String> response = get(timing, "/api/search?q=lucene");
      assertEquals(503, response.statusCode());
      assertEquals("the search took longer than 2000 ms (--request-timeout); try again, or with fewer words",
          error(response));
      assertFalse(response.body().contains("Exception"), response.body());
    }
  }

  @Test
  void limitsBelowWhatTheApiItselfAllowsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RequestLimits(256, 32, SearchRequest.MAX_SIZE - 1, 50, 200, false));
    assertEquals("--max-page-depth must be 50 or more, not 49", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new RequestLimits(0, 32, 1000, 50, 200, false));
    assertThrows(IllegalArgumentException.class, () -> new RequestLimits(256, 32, 1000, -1, 200, false));
  }
}
