package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.IndexStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the health check and the metrics learn of the served index. */
class IndexStatusTest {

  @TempDir Path indexDir;

  @Test
  void statusTellsThePostsTheSizeOnDiskAndWhenTheIndexWasOpened() throws IOException {
    TestBlog.index(indexDir);
    Instant before = Instant.now();
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir)) {
      IndexStatus status = engine.status();
      assertEquals(6, status.posts(), "served now: one post has expired since the test blog's clock");
      assertFalse(status.lastCommit().isAfter(before), status.toString());
      assertFalse(status.lastRefresh().isBefore(before), status.toString());
      long onDisk;
      try (Stream<Path> files = Files.list(indexDir)) {
        onDisk = files.filter(f -> !f.getFileName().toString().equals("write.lock")).mapToLong(f -> f.toFile().length()).sum();
      }
      assertTrue(status.sizeBytes() > 0 && status.sizeBytes() <= onDisk, status.sizeBytes() + " of " + onDisk);
    }
  }

  @Test
  void aRefreshThatOpensANewCommitIsRecorded() throws IOException {
    TestBlog.index(indexDir);
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir)) {
      IndexStatus opened = engine.status();
      engine.refresh();
      assertEquals(opened.lastRefresh(), engine.status().lastRefresh(), "no new commit, nothing to record");

      TestBlog.index(indexDir);
      engine.refresh();
      IndexStatus refreshed = engine.status();
      assertTrue(refreshed.lastCommit().isAfter(opened.lastCommit()), refreshed.toString());
      assertTrue(refreshed.lastRefresh().isAfter(opened.lastRefresh()), refreshed.toString());
      assertTrue(refreshed.refreshTook().toNanos() > 0, refreshed.toString());
    }
  }

  @Test
  void anIndexRebuiltFromScratchAtTheSamePathIsServed(@TempDir Path otherBlog) throws IOException {
    TestBlog.index(indexDir);
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir)) {
      assertEquals(1, engine.search(SearchRequest.of("openwhisk")).total());

      deleteRecursively(indexDir);
      Files.writeString(otherBlog.resolve("zeppelin.md"), "+++\ntitle = \"Zeppelin\"\ndate = 2020-01-01\n+++\n\nAirships.\n");
      TestBlog.indexer(otherBlog, indexDir).index(true);
      engine.refresh();

      assertEquals(1, engine.search(SearchRequest.of("zeppelin")).total());
      assertEquals(0, engine.search(SearchRequest.of("openwhisk")).total());
      assertEquals(1, engine.status().posts());
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
