package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a watching server with SIGKILL while it reindexes, then checks the index it leaves. */
class WatchCrashIT {

  private static final int POSTS = 2000;

  @TempDir Path temp;

  @Test
  void watchingServerKilledMidRunLeavesAServableIndexThatTheNextRunRepairs() throws Exception {
    Path content = temp.resolve("content");
    Path index = temp.resolve("index");
    writePosts(content, "original");
    Process server = PackagedJar.command("serve", "--watch", "--content", content.toString(),
            "--index", index.toString(), "--port", "0")
        .redirectErrorStream(true)
        .start();
    try (BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      awaitLine(output, "Serving ");
      writePosts(content, "revised");
      awaitLine(output, "reindexed after a change");
      // More edits start another run; the kill lands in the middle of it or just after.
      writePosts(content, "final");
      server.destroyForcibly();
      assertTrue(server.waitFor(20, TimeUnit.SECONDS));
    }

    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      assertEquals(POSTS, engine.status().posts());
      long served = engine.search(SearchRequest.of("original")).total() + engine.search(SearchRequest.of("revised")).total()
          + engine.search(SearchRequest.of("final")).total();
      assertEquals(POSTS, served, "every post is served in one of its versions");
    }
    assertEquals(0, PackagedJar.command("index", "--quiet", "--content", content.toString(),
            "--index", index.toString())
        .inheritIO().start().waitFor());
    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      assertEquals(POSTS, engine.search(SearchRequest.of("final")).total());
    }
  }

  private static void awaitLine(BufferedReader output, String start) throws IOException {
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = output.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.contains(start)) {
        return;
      }
    }
    throw new AssertionError("the server ended before printing \"" + start + "\":\n" + seen);
  }

  private static void writePosts(Path content, String word) throws IOException {
    Files.createDirectories(content.resolve("posts"));
    String paragraph = "Searching a blog well takes stemming, ranking and a good index. ".repeat(20);
    for (int i = 0; i < POSTS; i++) {
      Files.writeString(content.resolve("posts").resolve("post-" + i + ".md"),
          "---\ntitle: Post " + i + "\n---\nThe " + word + " version of post " + i + ".\n\n" + paragraph + "\n");
    }
  }
}
