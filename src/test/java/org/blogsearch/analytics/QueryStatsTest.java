package org.blogsearch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryStatsTest {

  @TempDir Path folder;

  @BeforeEach
  void writeTwoDaysOfSearches() throws IOException {
    Files.write(folder.resolve("queries-2026-03-13.tsv"), List.of(
        "2026-03-13T23:59:00Z\t4\tlucene",
        "2026-03-13T23:59:00Z\t0\tkubernetes"));
    Files.write(folder.resolve("queries-2026-03-14.tsv"), List.of(
        "2026-03-14T08:00:00Z\t4\tlucene",
        "2026-03-14T08:01:00Z\t0\tkubernetes",
        "2026-03-14T08:02:00Z\t0\tkubernetes",
        "2026-03-14T08:03:00Z\t1\tsystemd",
        "2026-03-14T08:04:00Z\t0\tzeppelin",
        "2026-03-14T08:05",
        "2026-03-14T08:06:00Z\t0\tlucene"));
  }

  @Test
  void queriesAreCountedMostAskedFirstAndThoseThatFoundNothingApart() throws IOException {
    QueryStats stats = QueryStats.read(folder, Instant.parse("2026-03-01T00:00:00Z"), 10);
    assertEquals(8, stats.searches(), "the cut-off line is no search");
    assertEquals(5, stats.zeroResultSearches());
    assertEquals(List.of(new QueryStats.Count("kubernetes", 3), new QueryStats.Count("lucene", 3),
        new QueryStats.Count("systemd", 1), new QueryStats.Count("zeppelin", 1)), stats.top());
    assertEquals(List.of(new QueryStats.Count("kubernetes", 3), new QueryStats.Count("lucene", 1),
        new QueryStats.Count("zeppelin", 1)), stats.topZeroResults());
  }

  @Test
  void onlyThePeriodAskedForCountsAndTheListsAreCut() throws IOException {
    QueryStats stats = QueryStats.read(folder, Instant.parse("2026-03-14T08:01:00Z"), 1);
    assertEquals(5, stats.searches());
    assertEquals(List.of(new QueryStats.Count("kubernetes", 2)), stats.top());
    assertEquals(List.of(new QueryStats.Count("kubernetes", 2)), stats.topZeroResults());
  }

  @Test
  void aMissingLogSaysWhereItWasLookedFor() {
    IOException e = assertThrows(IOException.class,
        () -> QueryStats.read(folder.resolve("none"), Instant.EPOCH, 10));
    assertTrue(e.getMessage().contains("none") && e.getMessage().contains("--no-query-log"), e.getMessage());
  }
}
