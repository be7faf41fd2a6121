package org.blogsearch.web;

import static org.blogsearch.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogAndMetricsPlaceTest {

  @TempDir Path temp;

  private ServedTestBlog serve(MetricsPlace metrics, AccessLogOptions accessLog, boolean trustProxy)
      throws IOException {
    RequestLimits limits = new RequestLimits(RequestLimits.DEFAULT_MAX_QUERY_LENGTH,
        RequestLimits.DEFAULT_MAX_QUERY_WORDS, RequestLimits.DEFAULT_MAX_DEPTH, RequestLimits.DEFAULT_RATE,
        RequestLimits.DEFAULT_BURST, trustProxy);
    return ServedTestBlog.start(temp.resolve("index"), new WebOptions("127.0.0.1", 0, List.of(), limits, metrics,
        accessLog));
  }

  /** The lines of the log once it holds {@code count}: each is written as its answer completes. */
  private static List<String> lines(Path log, int count) throws Exception {
    for (int i = 0; i < 100; i++) {
      List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
      if (lines.size() >= count) {
        return lines;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the access log never held " + count + " lines");
  }

  @Test
  void accessLogHasALinePerRequestAndNoQueryUnlessAsked() throws Exception {
    Path log = temp.resolve("access.log");
    try (ServedTestBlog blog = serve(MetricsPlace.WITH_API, new AccessLogOptions(Optional.of(log.toString()), false),
        false)) {
      HttpResponse<String> search = get(blog.server, "/api/search?q=secret+wish");
      get(blog.server, "/no-such-page");
      try (Socket socket = new Socket("127.0.0.1", blog.port())) {
        socket.getOutputStream().write(("GET /api/search?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\n"
            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getInputStream().readAllBytes();
      }
      List<String> lines = lines(log, 3);
      String searched = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z 127\\.0\\.0\\.1 GET /api/search 200 "
          + search.body().getBytes(StandardCharsets.UTF_8).length + " \\d+$";
      assertTrue(lines.get(0).matches(searched), lines.get(0));
      assertTrue(lines.get(1).matches(".* 127\\.0\\.0\\.1 GET /no-such-page 404 \\d+ \\d+$"), lines.get(1));
      // Jetty could not read the request, so it names neither method nor path.
      assertTrue(lines.get(2).matches(".* 127\\.0\\.0\\.1 BAD /badMessage 414 \\d+ \\d+$"), "refused before any route: "
          + lines.get(2));
      assertFalse(String.join("\n", lines).contains("secret"), "readers' queries stay out by default");
    }
  }

  @Test
  void accessLogWritesQueriesWhenAskedAndTheProxysClientWhenTrusted() throws Exception {
    Path log = temp.resolve("access.log");
    try (ServedTestBlog blog = serve(MetricsPlace.WITH_API, new AccessLogOptions(Optional.of(log.toString()), true),
        true)) {
      get(blog.server, "/api/search?q=secret+wish&size=3", "X-Forwarded-For", "198.51.100.1, 203.0.113.7");
      String line = lines(log, 1).getFirst();
      assertTrue(line.matches(".*Z 203\\.0\\.113\\.7 GET /api/search\\?q=secret\\+wish&size=3 200 \\d+ \\d+$"), line);
    }
  }

  @Test
  void metricsCanBeTurnedOff() throws Exception {
    try (ServedTestBlog blog = serve(MetricsPlace.OFF, AccessLogOptions.OFF, false)) {
      HttpResponse<String> metrics = get(blog.server, "/metrics");
      assertEquals(404, metrics.statusCode());
      assertEquals("no such page: /metrics", Http.error(metrics));
      assertEquals(200, get(blog.server, "/healthz").statusCode());
      assertTrue(blog.server.metricsPort().isEmpty());
    }
  }

  @Test
  void metricsCanBeServedOnAPortOfTheirOwn() throws Exception {
    try (ServedTestBlog blog = serve(MetricsPlace.onPort(0), AccessLogOptions.OFF, false)) {
      int port = blog.server.metricsPort().orElseThrow();
      assertTrue(port != blog.port());
      assertEquals(404, get(blog.server, "/metrics").statusCode(), "not beside the API");
      get(blog.server, "/api/search?q=lucene");
      HttpResponse<String> metrics = get(port, "/metrics");
      // A request is counted just after its answer is sent.
      for (int i = 0; i < 40 && !metrics.body().contains("route=\"/api/search\""); i++) {
        Thread.sleep(50);
        metrics = get(port, "/metrics");
      }
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.body().contains("\nblogsearch_index_posts 6.0\n"), metrics.body());
      assertTrue(metrics.body().contains("route=\"/api/search\""), "the API's requests are counted");
      HttpResponse<String> other = get(port, "/api/search?q=lucene");
      assertEquals(404, other.statusCode());
      assertEquals("no such page: /api/search; this port serves /metrics only", Http.error(other));
    }
  }

  @Test
  void metricsPortMustDifferFromThePort() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WebOptions("127.0.0.1", 8080,
        List.of(), RequestLimits.DEFAULTS, MetricsPlace.onPort(8080), AccessLogOptions.OFF));
    assertEquals("--metrics-port must differ from --port 8080", e.getMessage());
  }
}
