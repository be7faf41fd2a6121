package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchTimeoutException;
import org.blogsearch.engine.SortOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time limit on searches, and what deep pages cost, through the real engine. */
class SearchDeadlinesTest {

  @TempDir static Path indexDir;

  @BeforeAll
  static void indexTheTestBlog() throws IOException {
    TestBlog.index(indexDir);
  }

  @Test
  void aSearchOverItsTimeLimitFailsRatherThanAnswerWithPartOfTheMatches() throws IOException {
    // A nanosecond is over before Lucene looks at the first document.
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir, Clock.systemUTC(), Duration.ofNanos(1))) {
      SearchTimeoutException e = assertThrows(SearchTimeoutException.class,
          () -> engine.search(SearchRequest.of("lucene")));
      assertEquals("the search took longer than 0 ms", e.getMessage());
      assertThrows(SearchTimeoutException.class, () -> engine.related("json-post", 5));
    }
  }

  @Test
  void withoutATimeLimitEverySearchFinishes() throws IOException {
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir, Clock.systemUTC(), Duration.ZERO)) {
      assertTrue(engine.search(SearchRequest.of("lucene")).total() > 0);
      assertTrue(engine.related("json-post", 5).orElseThrow().size() > 0);
    }
  }

  @Test
  void aTimeLimitOnOneSearchLeavesTheNextOnesAlone() throws IOException {
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir, Clock.systemUTC(), Duration.ofMinutes(1))) {
      for (int i = 0; i < 3; i++) {
        assertEquals(2, engine.search(SearchRequest.of("lucene")).total());
      }
    }
  }

  @Test
  void aPageBeyondTheLastPostIsEmptyHoweverDeep() throws IOException {
    try (SearchEngine engine = LuceneSearchEngine.open(indexDir)) {
      SearchResults deep = engine.search(new SearchRequest("", List.of(), Optional.empty(),
          Optional.empty(), SortOrder.DATE, Integer.MAX_VALUE, SearchRequest.MAX_SIZE));
      assertEquals(0, deep.hits().size());
      assertTrue(deep.total() > 0);
      SearchResults last = engine.search(new SearchRequest("", List.of(), Optional.empty(),
          Optional.empty(), SortOrder.DATE, 2, 4));
      assertEquals(deep.total() - 4, last.hits().size());
    }
  }
}
