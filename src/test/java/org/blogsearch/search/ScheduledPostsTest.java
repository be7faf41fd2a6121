package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.FacetCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post scheduled for later is served when its time comes, by every route, without another index run. */
class ScheduledPostsTest {

  @TempDir Path temp;

  private static List<String> slugs(SearchResults results) {
    return results.hits().stream().map(SearchHit::slug).toList();
  }

  private static boolean tagged(List<FacetCount> tags, String tag) {
    return tags.stream().anyMatch(count -> count.value().equals(tag));
  }

  @Test
  void aPostScheduledSeventyFiveSecondsAheadIsServedWhenItsTimeComes() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content/posts"));
    Files.writeString(content.resolve("today.md"),
        "+++\ntitle = \"Today\"\ndate = 2024-06-01\ntags = [\"news\"]\n+++\n\nWords about airships published today.\n");
    // The test blog's clock says 2024-06-01T12:00:00Z.
    Files.writeString(content.resolve("launch.md"), "+++\ntitle = \"Zeppelin launch\"\ndate = 2024-06-01\n"
        + "publishDate = 2024-06-01T12:01:15Z\ntags = [\"zeppelins\"]\n+++\n\nThe zeppelin launch of airships.\n");
    Path index = temp.resolve("index");
    TestBlog.indexer(temp.resolve("content"), index).index(false);

    MovableClock clock = new MovableClock(TestBlog.CLOCK.instant());
    try (SearchEngine engine = LuceneSearchEngine.open(index, clock)) {
      clock.advance(Duration.ofSeconds(74));
      assertEquals(List.of(), slugs(engine.search(SearchRequest.of("zeppelin"))));
      SearchResults all = engine.search(SearchRequest.of(""));
      assertEquals(List.of("today"), slugs(all));
      assertFalse(tagged(all.tags(), "zeppelins"), all.tags().toString());
      assertFalse(tagged(engine.tags(), "zeppelins"), engine.tags().toString());
      assertEquals(List.of(), engine.suggest("zepp", 5));
      assertEquals(List.of(), engine.suggest("zeppelin", 5));
      assertEquals(Optional.empty(), engine.search(SearchRequest.of("zepelin")).suggestion(), "no word of it");
      assertTrue(engine.related("launch", 5).isEmpty(), "unknown before its time");
      assertTrue(engine.related("today", 5).orElseThrow().isEmpty(), "never related before its time");
      assertEquals(1, engine.status().posts());

      clock.advance(Duration.ofSeconds(1));
      assertEquals(List.of("launch"), slugs(engine.search(SearchRequest.of("zeppelin"))));
      all = engine.search(SearchRequest.of(""));
      assertEquals(2, all.total());
      assertTrue(tagged(all.tags(), "zeppelins"), all.tags().toString());
      assertTrue(tagged(engine.tags(), "zeppelins"), engine.tags().toString());
      assertTrue(engine.suggest("zepp", 5).contains("zeppelin"));
      assertEquals(List.of("today"), engine.related("launch", 5).orElseThrow().stream().map(SearchHit::slug).toList());
      assertEquals(Optional.of("zeppelin"), engine.search(SearchRequest.of("zepelin")).suggestion());
      assertEquals(2, engine.status().posts());
    }
  }
}
