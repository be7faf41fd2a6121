package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would: {@code java -jar target/blogsearch.jar serve}. */
class ServeJarIT {


  @TempDir Path temp;

  @Test
  void serveBuildsTheMissingIndexThenAnswersUntilStopped() throws Exception {
    Process server = PackagedJar.command("serve", "--content", TestBlog.folder().toString(),
            "--index", temp.resolve("index").toString(), "--port", "0")
        .redirectErrorStream(true)
        .start();
    List<String> output = new ArrayList<>();
    try {
      int port = PackagedJar.awaitPort(server, output);
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=openwhisk")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"slug\":\"gsoc-2018\""), response.body());
      assertTrue(String.join("\n", output).contains("posts/broken.md:3: "), String.join("\n", output));
      assertTrue(output.getLast().endsWith("/ (blogsearch " + System.getProperty("blogsearch.pom.version") + ")"),
          "the line saying where it listens names the version: " + output.getLast());
    } finally {
      server.destroy();
    }
    assertTrue(server.waitFor(20, TimeUnit.SECONDS), "server stops on SIGTERM");
    assertTrue(PostIndexer.exists(temp.resolve("index")), "the index it built stays on disk");
  }

}
