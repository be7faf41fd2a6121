package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults a running server meets in production, each provoked on the packaged jar in processes of its own. */
class FaultSuiteIT {

  @TempDir Path temp;

  @Test
  void sigtermAnswersEverySearchInFlightAndRefusesNewRequestsInJson() throws Exception {
    Path content = temp.resolve("content");
    String query = URLEncoder.encode(SlowBlog.write(content), StandardCharsets.UTF_8);
    try (ServerProcess server = ServerProcess.serve("--content", content.toString(),
            "--index", temp.resolve("index").toString(), "--request-timeout", "0");
        KeptAliveConnection idle = KeptAliveConnection.open(server.port())) {
      assertEquals(200, idle.get("/healthz").status());
      List<CompletableFuture<TimedAnswer>> searches = new ArrayList<>();
      for (int page = 1; page <= SlowBlog.SEARCHES; page++) {
        searches.add(TimedAnswer.send(server.request("/api/search?size=50&page=" + page + "&q=" + query)));
      }
      // Long enough for the server to read every request; far shorter than the searches take.
      TimeUnit.MILLISECONDS.sleep(500);
      long stoppedAt = System.nanoTime();
      server.terminate();
      KeptAliveConnection.awaitRefused(server.port());
      idle.send("/api/search?q=late");

      int answeredAfterTheStop = 0;
      for (CompletableFuture<TimedAnswer> search : searches) {
        TimedAnswer answer = search.get(30, TimeUnit.SECONDS);
        assertEquals(200, answer.response().statusCode(), answer.response().body());
        assertTrue(answer.response().body().contains("\"hits\":[{"), answer.response().body());
        answeredAfterTheStop += answer.at() > stoppedAt ? 1 : 0;
      }
      assertTrue(answeredAfterTheStop >= SlowBlog.SEARCHES / 2,
          "only " + answeredAfterTheStop + " searches were still in flight at the stop; make them slower");

      KeptAliveConnection.Answer late = idle.read();
      assertEquals(503, late.status(), late.toString());
      assertTrue(late.header("Content-Type").startsWith("application/json"), late.toString());
      assertEquals("nosniff", late.header("X-Content-Type-Options"), late.toString());
      assertTrue(late.body().startsWith("{\"error\":"), late.toString());
      assertEquals(0, server.awaitExit(Duration.ofSeconds(30)), server.output());
    }
  }

  /** An answer and when it arrived, by {@link System#nanoTime()}. */
  private record TimedAnswer(HttpResponse<String> response, long at) {
    static CompletableFuture<TimedAnswer> send(HttpRequest request) {
      return ServerProcess.http().sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .thenApply(response -> new TimedAnswer(response, System.nanoTime()));
    }
  }
}
