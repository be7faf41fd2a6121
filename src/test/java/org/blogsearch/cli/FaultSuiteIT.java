package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults a running server meets in production, each provoked on the packaged jar in processes of
 * its own: a stop while searches are in flight, an edit saved while a bulk index run holds the writer,
 * and the index folder deleted and rebuilt under the server.
 */
class FaultSuiteIT {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Test
  void anEditSavedWhileABulkIndexRunHoldsTheWriterIsServedOnceTheRunIsDone() throws Exception {
    Path content = temp.resolve("content");
    Path index = temp.resolve("index");
    writePosts(content, 2000, "orchards");
    try (ServerProcess server = ServerProcess.serve("--watch", "--content", content.toString(),
        "--index", index.toString())) {
      Process bulk = PackagedJar.command("index", "--full", "--content", content.toString(), "--index", index.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      awaitProgressLine(bulk);
      // The run has listed the folder already, so only the watching server can bring this post in.
      Files.writeString(content.resolve("posts/late.md"), "---\ntitle: Late\n---\nA post about cloudberries.\n");
      server.awaitOutput("another process is writing the index", Duration.ofSeconds(30));
      assertTrue(bulk.waitFor(60, TimeUnit.SECONDS), "the bulk run ends");
      assertEquals(0, bulk.exitValue(), "the watching server left the writer free for the bulk run");

      awaitTotal(server, "cloudberries", 1);
      assertEquals(2000, total(server, "orchards"));
    }
  }

  @Test
  void anIndexDeletedAndRebuiltUnderARunningServerIsServedWithItsNewCommit() throws Exception {
    Path index = temp.resolve("index");
    Path before = temp.resolve("before");
    writePosts(before, 3, "original");
    try (ServerProcess server = ServerProcess.serve("--content", before.toString(), "--index", index.toString())) {
      JsonNode served = health(server);
      assertEquals(3, served.get("posts").asInt());

      deleteTree(index);
      Path after = temp.resolve("after");
      writePosts(after, 5, "replacement");
      index(after, index);
      // A second run gives the new index a later generation than the deleted one had.
      Files.writeString(after.resolve("posts/extra.md"), "---\ntitle: Extra\n---\nOne more replacement post.\n");
      index(after, index);

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      JsonNode now = health(server);
      while (now.get("posts").asInt() != 6 && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(200);
        now = health(server);
      }
      assertEquals(6, now.get("posts").asInt(), now.toString());
      assertNotEquals(served.get("lastCommit"), now.get("lastCommit"), now.toString());
      assertEquals(6, total(server, "replacement"));
      assertEquals(0, total(server, "original"));
    }
  }

  private static void index(Path content, Path index) throws IOException, InterruptedException {
    Process run = PackagedJar.command("index", "--quiet", "--content", content.toString(), "--index", index.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertEquals(0, run.waitFor(), new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static JsonNode health(ServerProcess server) throws IOException, InterruptedException {
    HttpResponse<String> response = server.get("/healthz");
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static long total(ServerProcess server, String word) throws IOException, InterruptedException {
    HttpResponse<String> response = server.get("/api/search?q=" + word);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("total").asLong();
  }

  private static void awaitTotal(ServerProcess server, String word, long expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (total(server, word) != expected) {
      assertTrue(System.nanoTime() < deadline,
          "still " + total(server, word) + " posts for " + word + ", expected " + expected + ":\n" + server.output());
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  /** Progress lines go to standard error once the run has listed the folder and holds the writer. */
  private static void awaitProgressLine(Process run) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(run.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      if (line.startsWith("indexing: ")) {
        return;
      }
    }
    throw new AssertionError("the run ended before it reported progress");
  }

  private static void writePosts(Path content, int count, String word) throws IOException {
    Files.createDirectories(content.resolve("posts"));
    String paragraph = "A paragraph about search engines, inverted indexes and the words people type. ".repeat(20);
    for (int i = 0; i < count; i++) {
      Files.writeString(content.resolve("posts").resolve("post-" + i + ".md"),
          "---\ntitle: Post " + i + "\n---\nThe " + word + " of post " + i + ".\n\n" + paragraph + "\n");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
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
