package org.blogsearch.web;

import static org.blogsearch.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics}, as Prometheus scrapes it. */
class ServerMetricsTest {

  @TempDir static Path indexDir;
  private static ServedTestBlog blog;

  @BeforeAll
  static void serveTheTestBlog() throws IOException {
    blog = ServedTestBlog.start(indexDir, WebOptions.of("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() throws IOException {
    blog.close();
  }

  private static String metrics() throws Exception {
    HttpResponse<String> response = get(blog.server, "/metrics");
    assertEquals(200, response.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }

  /** The value of the one sample whose name and labels start as {@code series} does. */
  private static double sample(String metrics, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + ".* ([0-9.eE+-]+)$").matcher(metrics);
    assertTrue(m.find(), series + " in\n" + metrics);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void requestsAreCountedByRouteTemplateMethodAndStatusWithALatencyHistogram() throws Exception {
    get(blog.server, "/api/posts/json-post/related");
    get(blog.server, "/api/posts/gsoc-2018/related");
    get(blog.server, "/api/posts/no-such-post/related");
    String metrics = metrics();
    String related = "http_server_requests_seconds_count{method=\"GET\",route=\"/api/posts/{slug}/related\",";
    assertEquals(2, sample(metrics, related + "status=\"200\"}"));
    assertEquals(1, sample(metrics, related + "status=\"404\"}"));
    assertTrue(metrics.contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/posts/{slug}/related\""
        + ",status=\"200\",le=\"+Inf\"}"), metrics);
    assertTrue(!metrics.contains("json-post"), "no series per post");
  }

  @Test
  void searchesThatFindNothingAreCountedButBrowsingIsNot() throws Exception {
    double before = sample(metrics(), "blogsearch_searches_zero_results_total");
    get(blog.server, "/api/search?q=xylophone");
    get(blog.server, "/api/search?q=openwhisk");
    get(blog.server, "/api/search?tag=no-such-tag");
    assertEquals(before + 1, sample(metrics(), "blogsearch_searches_zero_results_total"));
  }

  @Test
  void theServedIndexAndTheJvmAreReported() throws Exception {
    String metrics = metrics();
    assertEquals(6, sample(metrics, "blogsearch_index_posts"), "the posts served now");
    assertTrue(sample(metrics, "blogsearch_index_size_bytes") > 0);
    assertEquals(blog.engine.status().lastCommit().toEpochMilli() / 1000.0,
        sample(metrics, "blogsearch_index_last_commit_timestamp_seconds"), 0.001);
    assertTrue(sample(metrics, "blogsearch_index_last_refresh_timestamp_seconds") > 0);
    assertTrue(metrics.contains("blogsearch_index_refresh_duration_seconds "), metrics);
    // Summed over the heap's pools: any one of them (Eden, right after a collection) may hold nothing.
    double heap = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    assertTrue(heap > 0, "heap in use");
    assertTrue(metrics.contains("jvm_gc_"), metrics);
  }
}
