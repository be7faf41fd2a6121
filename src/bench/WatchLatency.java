import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures how long an edit takes to show in search under `serve --watch`: writes a new word into a
 * post EDITS times, PAUSE_MS apart, and polls /api/search until the post is found, then prints p50,
 * p99, max, and how many edits took longer than 2 s to show.
 *
 * <p>Run with: java src/bench/WatchLatency.java BASE_URL CONTENT_DIR [EDITS] [PAUSE_MS]
 */
public final class WatchLatency {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path post = Path.of(args[1]).resolve("watch-latency-bench.md");
    int edits = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    long pauseMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
    HttpClient http = HttpClient.newHttpClient();
    long[] millis = new long[edits];
    try {
      for (int i = 0; i < edits; i++) {
        String word = "benchword" + Long.toString(System.nanoTime(), 36);
        long start = System.nanoTime();
        Files.writeString(post, "---\ntitle: Watch latency\n---\nThe word of the moment is " + word + ".\n");
        URI search = URI.create(base + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        while (!http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString())
            .body().contains("\"total\":1")) {
          if (System.nanoTime() - start > 30_000_000_000L) {
            throw new IllegalStateException("edit " + i + " not visible after 30 s");
          }
          Thread.sleep(10);
        }
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(pauseMillis);
      }
    } finally {
      Files.deleteIfExists(post);
    }
    Arrays.sort(millis);
    long late = Arrays.stream(millis).filter(ms -> ms > 2000).count();
    System.out.printf("edits=%d visible after: p50=%d ms p99=%d ms max=%d ms, over 2 s: %d%n", edits,
        millis[edits / 2], millis[Math.max(0, (int) Math.ceil(edits * 0.99) - 1)], millis[edits - 1], late);
  }
}
