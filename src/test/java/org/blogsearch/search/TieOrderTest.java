package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SortOrder;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts that score alike, or share a date, list by source path, whichever run indexed them. */
class TieOrderTest {

  @TempDir Path temp;

  @Test
  void equalPostsIndexedByDifferentRunsListByPath() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content/posts"));
    Path index = temp.resolve("index");
    // Written and indexed last path first, so that index order and segments run against path order.
    for (String name : List.of("delta", "charlie", "bravo", "alpha")) {
      Files.writeString(content.resolve(name + ".md"),
          "+++\ntitle = \"Twin\"\ndate = 2024-05-01\n+++\n\nThe same words about airships.\n");
      TestBlog.indexer(temp.resolve("content"), index).index(false);
    }
    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      List<String> byPath = List.of("alpha", "bravo", "charlie", "delta");
      assertEquals(byPath, slugs(engine.search(SearchRequest.of("airships"))));
      assertEquals(byPath, slugs(engine.search(new SearchRequest("", List.of(), Optional.empty(),
          Optional.empty(), SortOrder.DATE, 1, 10))));
      assertEquals(List.of("charlie", "delta"), slugs(engine.search(new SearchRequest("airships", List.of(),
          Optional.empty(), Optional.empty(), SortOrder.RELEVANCE, 2, 2))));
    }
  }

  private static List<String> slugs(SearchResults results) {
    return results.hits().stream().map(SearchHit::slug).toList();
  }
}
