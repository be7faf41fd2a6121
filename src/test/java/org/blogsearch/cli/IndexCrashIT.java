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

/** Kills an index run with SIGKILL half-way and checks that nothing committed is lost. */
class IndexCrashIT {

  private static final int POSTS = 2500;

  @TempDir Path temp;

  @Test
  void runKilledHalfWayLeavesTheLastCommitAndTheNextRunRepairs() throws Exception {
    Path content = temp.resolve("content");
    Path index = temp.resolve("index");
    writePosts(content, POSTS, "original");
    assertEquals(0, run(content, index).waitFor());

    writePosts(content, POSTS + 500, "revised");
    Process killed = run(content, index);
    awaitProgressLine(killed);
    killed.destroyForcibly();
    assertTrue(killed.waitFor(20, TimeUnit.SECONDS));

    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      assertEquals(POSTS, engine.status().posts());
      assertEquals(POSTS, engine.search(SearchRequest.of("original")).total());
      assertEquals(0, engine.search(SearchRequest.of("revised")).total());
    }

    Process repair = run(content, index);
    assertEquals(0, repair.waitFor(), new String(repair.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      assertEquals(POSTS + 500, engine.status().posts());
      assertEquals(POSTS + 500, engine.search(SearchRequest.of("revised")).total());
      assertEquals(0, engine.search(SearchRequest.of("original")).total());
    }
  }

  private static Process run(Path content, Path index) throws IOException {
    return PackagedJar.command("index", "--content", content.toString(), "--index", index.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Progress lines go to standard error, one per tenth of the files. */
  private static void awaitProgressLine(Process process) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = err.readLine()) != null) {
      if (line.startsWith("indexing: ")) {
        return;
      }
    }
    throw new AssertionError("the run ended before it reported progress");
  }

  private static void writePosts(Path content, int count, String word) throws IOException {
    Files.createDirectories(content.resolve("posts"));
    String paragraph = "A paragraph about search engines, inverted indexes and the words people type. ".repeat(30);
    for (int i = 0; i < count; i++) {
      Files.writeString(content.resolve("posts").resolve("post-" + i + ".md"),
          "---\ntitle: Post " + i + "\ndate: 2020-01-01\n---\nThe " + word + " text of post " + i + ".\n\n"
              + paragraph + "\n");
    }
  }
}
