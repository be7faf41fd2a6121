package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would: {@code java -jar target/blogsearch.jar serve}. */
class ServeJarIT {

  private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path temp;

  @Test
  void serveBuildsTheMissingIndexThenAnswersUntilStopped() throws Exception {
    Path jar = Path.of("target", "blogsearch.jar");
    assertTrue(Files.isRegularFile(jar), "package the jar first: " + jar.toAbsolutePath());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process server = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "serve",
        "--content", TestBlog.folder().toString(), "--index", temp.resolve("index").toString(), "--port", "0")
        .redirectErrorStream(true)
        .start();
    List<String> output = new ArrayList<>();
    try {
      int port = awaitPort(server, output);
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=openwhisk")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"slug\":\"gsoc-2018\""), response.body());
      assertTrue(String.join("\n", output).contains("posts/broken.md:3: "), String.join("\n", output));
    } finally {
      server.destroy();
    }
    assertTrue(server.waitFor(20, TimeUnit.SECONDS), "server stops on SIGTERM");
    assertTrue(PostIndexer.exists(temp.resolve("index")), "the index it built stays on disk");
  }

  private static int awaitPort(Process server, List<String> output) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      output.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("the server never said where it listens:\n" + String.join("\n", output));
  }
}
