package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blog of many tags: a search shows the fifty most used among its matches, ties by name. */
class TagFacetTest {

  @TempDir Path temp;

  @Test
  void theFiftyMostUsedTagsShowMostUsedFirstThenByName() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content/posts"));
    // Tag t00..t59; post p holds the tags t00..t(p-1), so t00 is on every post and t59 on one.
    // Every third post holds a tag of its own too, all used once, named to sort among the others.
    for (int post = 1; post <= 60; post++) {
      List<String> tags = new ArrayList<>(IntStream.range(0, post).mapToObj(TagFacetTest::tag).toList());
      if (post % 3 == 0) {
        tags.add("t5" + post + "-own");
      }
      Files.writeString(content.resolve("p" + post + ".md"), "---\ntitle: Post " + post + "\ntags: ["
          + tags.stream().map(tag -> '"' + tag + '"').collect(Collectors.joining(", "))
          + "]\n---\n\nWords about airships.\n");
    }
    Path index = temp.resolve("index");
    TestBlog.indexer(temp.resolve("content"), index).index(true);
    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      List<FacetCount> shown = engine.search(SearchRequest.of("airships")).tags();
      List<FacetCount> expected = IntStream.range(0, 50).mapToObj(i -> new FacetCount(tag(i), 60 - i)).toList();
      assertEquals(expected, shown);
      // Every tag, past the fifty too: those used once last, by name.
      List<FacetCount> all = engine.tags();
      List<String> usedOnce = IntStream.rangeClosed(1, 20).mapToObj(i -> "t5" + 3 * i + "-own")
          .collect(Collectors.toCollection(ArrayList::new));
      usedOnce.add("t59");
      assertEquals(usedOnce.stream().sorted().map(tag -> new FacetCount(tag, 1)).toList(), all.subList(59, all.size()));
    }
  }

  private static String tag(int i) {
    return "t%02d".formatted(i);
  }
}
