package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an operator runs it: settings from {@code blogsearch.toml} in the working folder,
 * and a stop by SIGTERM that answers what was asked, writes out the query log and exits 0.
 */
class ServeStopIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path site;

  @Test
  void sigtermStopsTheServerCleanlyWithExitCode0() throws Exception {
    Files.writeString(site.resolve("blogsearch.toml"), "max-query-length = 12\nport = 0\n");
    Process server = PackagedJar.command("serve", "--content", TestBlog.folder().toString())
        .directory(site.toFile())
        .redirectErrorStream(true)
        .start();
    List<String> output = new ArrayList<>();
    try {
      int port = PackagedJar.awaitPort(server, output);
      assertEquals(200, get(port, "/api/search?q=openwhisk").statusCode());
      HttpResponse<String> tooLong = get(port, "/api/search?q=thirteen-char");
      assertEquals(400, tooLong.statusCode(), "the limit came from blogsearch.toml");
      assertTrue(tooLong.body().contains("the limit is 12"), tooLong.body());
    } finally {
      server.destroy();
    }
    assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server stops on SIGTERM");
    assertEquals(0, server.exitValue(), String.join("\n", output));
    assertTrue(String.join("\n", output).contains("max-query-length=12 (blogsearch.toml:1)"), String.join("\n", output));
    try (Stream<Path> days = Files.list(site.resolve("index-queries"))) {
      List<String> lines = Files.readAllLines(days.findFirst().orElseThrow());
      assertEquals(1, lines.size(), lines.toString());
      assertTrue(lines.getFirst().endsWith("\t1\topenwhisk"), lines.toString());
    }
  }

  private static HttpResponse<String> get(int port, String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

}
