package org.blogsearch.web;

import static org.blogsearch.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blogsearch.engine.IndexStatus;
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
  void requestsJettyRefusesBeforeAnyRouteAreAnsweredInJsonWithTheHeaders() throws Exception {
    Map<String, String> requests = Map.of(
        "414", "GET /api/search?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
        "431", "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: " + "y".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
        "400", "GET /api/%zz%00 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
        "505", "GET /healthz HTTP/9.9\r\nHost: a\r\nConnection: close\r\n\r\n");
    for (Map.Entry<String, String> request : requests.entrySet()) {
      String answer = raw(request.getValue());
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
      assertTrue(answer.startsWith("HTTP/1.1 " + request.getKey()), request.getKey() + ": " + answer);
      assertTrue(head.contains("content-type: application/json"), request.getKey() + ": " + head);
      assertTrue(head.contains("x-content-type-options: nosniff"), request.getKey() + ": " + head);
      assertTrue(answer.contains("{\"error\":"), request.getKey() + ": " + answer);
    }
  }

  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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
