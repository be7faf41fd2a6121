package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {

  @TempDir static Path indexDir;
  private static ServedTestBlog blog;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serveTheTestBlog() throws IOException {
    blog = ServedTestBlog.start(indexDir, WebOptions.of("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() throws IOException {
    blog.close();
  }

  private static HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    return send("http://127.0.0.1:" + blog.port() + pathAndQuery, headers);
  }

  private static String rawGet(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", blog.port())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> send(String url, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    return JSON.readTree(response.body());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void searchSaysWhereItsTimeWentStageByStage() throws Exception {
    String timing = get("/api/search?q=openwhisk+scheduler").headers().firstValue("Server-Timing").orElseThrow();
    assertTrue(timing.matches("query;dur=[0-9.]+, match;dur=[0-9.]+, hits;dur=[0-9.]+, facets;dur=[0-9.]+"), timing);
  }

  @Test
  void aQueryStringThatIsNotValidUrlEncodingAnswers400() throws Exception {
    // Java's HTTP client refuses to send such a URI, so the request is written by hand.
    for (String path : List.of("/api/search?q=%", "/api/search?q=%G1", "/api/search?q=abc%2",
        "/api/search?q=ok&tag=%zz", "/api/suggest?q=%G1")) {
      String answer = rawGet(path);
      assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
      assertTrue(answer.contains("two hexadecimal digits"), answer);
    }
    assertEquals(200, get("/api/search?q=100%25").statusCode(), "a percent sign written %25");
  }

  @Test
  void searchAnswersTheContractShape() throws Exception {
    HttpResponse<String> response = get("/api/search?q=openwhisk");
    assertEquals(200, response.statusCode());
    JsonNode body = json(response);
    assertEquals("openwhisk", body.get("query").asText());
    assertEquals(1, body.get("total").asInt());
    assertEquals(1, body.get("page").asInt());
    assertEquals(10, body.get("size").asInt());
    assertTrue(body.get("tookMs").isNumber());
    JsonNode hit = body.get("hits").get(0);
    assertEquals("gsoc-2018", hit.get("slug").asText());
    assertEquals("/posts/gsoc-2018/", hit.get("url").asText());
    assertEquals("Google Summer of Code", hit.get("title").asText());
    assertEquals("2018-08-13", hit.get("date").asText());
    assertEquals("[\"Java\",\"openwhisk\"]", hit.get("tags").toString());
    assertEquals("[\"community\"]", hit.get("categories").toString());
    assertTrue(hit.get("snippet").asText().contains("<mark>OpenWhisk</mark>"), hit.get("snippet").asText());
    assertTrue(hit.get("score").asDouble() > 0);
    assertEquals("java", body.get("facets").get("tags").get(0).get("value").asText());
    assertEquals(1, body.get("facets").get("tags").get(0).get("count").asInt());
    assertEquals("2018", body.get("facets").get("years").get(0).get("value").asText());
    assertFalse(body.has("suggestion"), "only when there is one");
    assertFalse(body.has("ignored"), "only when some words were left out");
  }

  @Test
  void wordsNoPostHoldsAreListedAsIgnored() throws Exception {
    JsonNode body = json(get("/api/search?q=" + q("openwhisk zzzzqqqxx")));
    assertEquals(1, body.get("total").asInt());
    assertEquals("[\"zzzzqqqxx\"]", body.get("ignored").toString());
  }

  @Test
  void filtersSortAndPagingComeFromParameters() throws Exception {
    JsonNode body = json(get("/api/search?from=2018&to=2018&sort=date"));
    assertEquals(2, body.get("total").asInt());
    assertEquals("new-year", body.get("hits").get(0).get("slug").asText());
    assertEquals("gsoc-2018", body.get("hits").get(1).get("slug").asText());

    JsonNode tagged = json(get("/api/search?tag=JAVA&tag=lucene"));
    assertEquals(1, tagged.get("total").asInt());

    JsonNode paged = json(get("/api/search?size=2&page=3"));
    assertEquals(6, paged.get("total").asInt());
    assertEquals(2, paged.get("hits").size());
  }

  @Test
  void queryTextIsNeverAnError() throws Exception {
    for (String typed : List.of("C++ (2018)", "\"", "date:[x TO y]", "tag:", "-", "title:", "%")) {
      assertEquals(200, get("/api/search?q=" + q(typed)).statusCode(), typed);
    }
  }

  @Test
  void badParametersAnswer400WithWords() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String query : List.of("from=2018-13", "to=yesterday", "sort=popular", "size=0", "size=51", "page=0",
        "page=two", "from=2019&to=2018")) {
      HttpResponse<String> response = get("/api/search?" + query);
      JsonNode body = json(response);
      if (response.statusCode() != 400 || body.get("error").asText().isBlank()) {
        failures.add(query + " -> " + response.statusCode() + " " + response.body());
      }
      assertFalse(response.body().contains("Exception"), response.body());
    }
    assertEquals(List.of(), failures);
    assertEquals("sort must be one of relevance or date, not 'popular'",
        json(get("/api/search?sort=popular")).get("error").asText());
  }

  @Test
  void hostileTitleIsSentAsPlainJsonText() throws Exception {
    JsonNode hit = json(get("/api/search?q=pwned")).get("hits").get(0);
    assertEquals("<script>alert('pwned')</script> and other titles", hit.get("title").asText());
    assertFalse(hit.get("snippet").asText().contains("<img"), hit.get("snippet").asText());
  }

  @Test
  void healthReportsTheIndexAndCountsOnlyThePostsServedNow() throws Exception {
    JsonNode body = json(get("/healthz"));
    assertEquals("ok", body.get("status").asText());
    assertEquals(System.getProperty("blogsearch.pom.version"), body.get("version").asText());
    // Indexed when 7 posts were served; one has expired since, and the scheduled one's time is to come.
    assertEquals(6, body.get("posts").asInt());
    assertEquals(blog.engine.status().lastCommit().toString(), body.get("lastCommit").asText());
    assertEquals(blog.engine.status().lastRefresh().toString(), body.get("lastRefresh").asText());
  }

  @Test
  void healthIs503WhenTheIndexCannotBeRead() throws Exception {
    try (WebServer unhealthy = WebServer.start(new StandInEngine() {
      @Override
      public IndexStatus status() throws IOException {
        throw new IOException("read past EOF: /secret/index/_0.cfs");
      }
    }, WebOptions.of("127.0.0.1", 0))) {
      HttpResponse<String> response = Http.get(unhealthy, "/healthz");
      assertEquals(503, response.statusCode());
      JsonNode body = json(response);
      assertEquals("unavailable", body.get("status").asText());
      assertEquals(System.getProperty("blogsearch.pom.version"), body.get("version").asText());
      assertTrue(body.get("error").asText().contains("log"), response.body());
      assertFalse(response.body().contains("secret"), response.body());
    }
  }

  @Test
  void unexpectedFailureIsAJson500WithoutDetails() throws Exception {
    SearchEngine broken = new SearchEngine() {
      @Override
      public SearchResults search(SearchRequest request) {
        throw new IllegalStateException("disk on fire at /secret/path");
      }

      @Override
      public List<String> suggest(String text, int size) {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public Optional<List<SearchHit>> related(String slug, int size) {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public List<FacetCount> tags() {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public IndexStatus status() {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public void close() {}
    };
    try (WebServer failing = WebServer.start(broken, WebOptions.of("127.0.0.1", 0))) {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + failing.port() + "/api/search?q=x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(500, response.statusCode());
      String error = json(response).get("error").asText();
      assertTrue(error.contains("log"), error);
      assertFalse(response.body().contains("secret") || response.body().contains("Exception"), response.body());
    }
  }

  @Test
  void suggestCompletesTheLastWordThenTitles() throws Exception {
    JsonNode body = json(get("/api/suggest?q=" + q("scala openwh")));
    assertEquals("scala openwh", body.get("query").asText());
    assertEquals("scala openwhisk", body.get("suggestions").get(0).asText());
    assertEquals(0, json(get("/api/suggest?q=zeppel")).get("suggestions").size(), "drafts lend no words");
    assertEquals(400, get("/api/suggest?q=a&size=0").statusCode());
  }

  @Test
  void tagsListsEveryTagOfThePublishedPosts() throws Exception {
    JsonNode tags = json(get("/api/tags")).get("tags");
    assertEquals("java", tags.get(0).get("value").asText());
    assertEquals(3, tags.get(0).get("count").asInt());
    assertEquals(1, tags.findValues("value").stream().filter(v -> v.asText().equals("openwhisk")).count());
  }

  @Test
  void relatedPostsAreHitsAndNeverThePostItself() throws Exception {
    HttpResponse<String> response = get("/api/posts/json-post/related");
    assertEquals(200, response.statusCode());
    JsonNode hits = json(response).get("hits");
    assertTrue(hits.size() > 0);
    assertEquals("lucene-bundle", hits.get(0).get("slug").asText());
    assertFalse(response.body().contains("\"slug\":\"json-post\""), response.body());
    HttpResponse<String> unknown = get("/api/posts/no-such-post/related");
    assertEquals(404, unknown.statusCode());
    assertTrue(json(unknown).get("error").asText().contains("no-such-post"));
  }

  @Test
  void homePageIsADemoOfTheWidget() throws Exception {
    HttpResponse<String> response = get("/");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(response.body().contains("<script src=\"/widget.js\" defer></script>"), response.body());
    assertTrue(response.body().contains("<blog-search></blog-search>"), response.body());
  }

  @Test
  void widgetScriptIsServedWithCachingHeaders() throws Exception {
    HttpResponse<String> response = get("/widget.js");
    assertEquals(200, response.statusCode());
    assertEquals("text/javascript; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(response.body().contains("customElements.define(\"blog-search\""), response.body());
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[0-9a-f]{24}\""), etag);

    for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag)) {
      HttpResponse<String> cached = get("/widget.js", "If-None-Match", ifNoneMatch);
      assertEquals(304, cached.statusCode(), ifNoneMatch);
      assertEquals("", cached.body());
      assertEquals(etag, cached.headers().firstValue("ETag").orElse(""));
    }
    assertEquals(200, get("/widget.js", "If-None-Match", "\"stale\"").statusCode());
  }

  @Test
  void apiAnswersPagesOfAnyOriginByDefault() throws Exception {
    HttpResponse<String> response = get("/api/search?q=openwhisk", "Origin", "https://blog.example");
    assertEquals(200, response.statusCode());
    assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
        response.headers().toString());
  }

  @Test
  void corsOriginsLimitWhichPagesMayReadTheApi() throws Exception {
    WebOptions options = new WebOptions("127.0.0.1", 0, List.of("https://blog.example/", "http://localhost:4000"));
    try (WebServer limited = WebServer.start(blog.engine, options)) {
      String url = "http://127.0.0.1:" + limited.port() + "/api/search?q=openwhisk";
      for (String origin : List.of("https://blog.example", "http://localhost:4000")) {
        HttpResponse<String> allowed = send(url, "Origin", origin);
        assertEquals(origin, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""), origin);
      }
      HttpResponse<String> refused = send(url, "Origin", "https://elsewhere.example");
      assertEquals(200, refused.statusCode(), "the server answers; the browser keeps the answer from the page");
      assertEquals("", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
          refused.headers().toString());
      assertEquals("Origin", refused.headers().firstValue("Vary").orElse(""));
    }
  }

  @Test
  void corsOriginsMustBeBareOrigins() {
    for (String origin : List.of("blog.example", "https://blog.example/posts/", "ftp://blog.example", "https://")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new WebOptions("127.0.0.1", 0, List.of(origin)), origin);
      assertTrue(e.getMessage().contains("scheme://host[:port]") && e.getMessage().contains(origin), e.getMessage());
    }
    assertEquals(List.of("https://blog.example", "http://localhost:4000"),
        new WebOptions("127.0.0.1", 0, List.of("HTTPS://Blog.Example/", "http://localhost:4000")).corsOrigins());
  }

  @Test
  void unknownRouteIsAJson404() throws Exception {
    HttpResponse<String> response = get("/api/nothing-here");
    assertEquals(404, response.statusCode());
    assertTrue(json(response).get("error").asText().contains("/api/nothing-here"));
  }
}
