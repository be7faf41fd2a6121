package org.blogsearch.web;

import static org.blogsearch.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.blogsearch.search.IndexStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private static WebServer server;

  @BeforeAll
  static void start() {
    server = WebServer.start(new StandInEngine() {
      @Override
      public IndexStatus status() {
        return new IndexStatus(1, Instant.EPOCH);
      }
    }, WebOptions.of("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  @Test
  void everyAnswerForbidsSniffingAndKeepsFullUrlsOutOfTheReferer() throws Exception {
    for (String path : List.of("/", "/widget.js", "/demo.js", "/healthz", "/api/nothing-here")) {
      HttpResponse<String> response = get(server, path);
      assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
      assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), path);
    }
  }

  @Test
  void theDemoPageRunsOnlyThisServersScriptsAndIsNeverFramed() throws Exception {
    HttpResponse<String> page = get(server, "/");
    assertEquals("DENY", header(page, "X-Frame-Options"));
    String policy = header(page, "Content-Security-Policy");
    assertTrue(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(!page.body().matches("(?s).*<script>.*"), "no inline script, which the policy would block");
  }

  @Test
  void theWidgetScriptMayStillBeEmbeddedByAnyBlog() throws Exception {
    HttpResponse<String> widget = get(server, "/widget.js", "Origin", "https://blog.example");
    assertEquals("", header(widget, "X-Frame-Options"));
    assertEquals("", header(widget, "Content-Security-Policy"));
    assertEquals("*", header(widget, "Access-Control-Allow-Origin"));
  }
}
