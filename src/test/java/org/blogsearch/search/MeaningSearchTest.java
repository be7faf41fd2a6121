package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SortOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.index.TestBlog;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.SemanticModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search by words and meaning, over a small blog embedded by the real model. */
class MeaningSearchTest {

  /** No published post holds one of these words; a draft and a post of 2099 hold them all. */
  private static final String UNWORDED = "reduce latency for visitors of my site";

  @TempDir static Path dir;
  private static Embedder model;
  private static SearchEngine meaning;
  private static SearchEngine words;

  @BeforeAll
  static void indexWithMeaning() throws IOException, URISyntaxException {
    Path index = dir.resolve("index");
    model = SemanticModel.open(index);
    Path blog = Path.of(MeaningSearchTest.class.getResource("/meaning-blog").toURI());
    new PostIndexer(new ContentFolder(blog, new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false, TestBlog.CLOCK)),
        index, "test").embeddingWith(model).index(true);
    meaning = LuceneSearchEngine.open(index, TestBlog.CLOCK, Duration.ZERO, Optional.of(model));
    words = LuceneSearchEngine.open(index, TestBlog.CLOCK);
  }

  @AfterAll
  static void close() throws IOException {
    meaning.close();
    words.close();
    model.close();
  }

  private static SearchResults search(SearchEngine engine, String query, List<String> tags) throws IOException {
    return engine.search(new SearchRequest(query, tags, Optional.empty(), Optional.empty(), SortOrder.RELEVANCE, 1, 10));
  }

  private static List<String> slugs(SearchResults results) {
    return results.hits().stream().map(SearchHit::slug).toList();
  }

  @Test
  void aPostSayingItInOtherWordsIsFound() throws IOException {
    assertEquals(0, search(words, UNWORDED, List.of()).total(), "no published post holds these words");
    SearchResults found = search(meaning, UNWORDED, List.of());
    assertEquals("quick-pages", slugs(found).getFirst(), slugs(found).toString());
    assertEquals(found.hits().size(), found.total(), "what meaning finds is counted");
    assertTrue(found.tags().stream().anyMatch(tag -> tag.value().equals("web")), found.tags().toString());
  }

  @Test
  void aPostSayingItFarBelowItsOpeningIsFound() throws IOException {
    String unworded = "repairing a bike";
    assertEquals(0, search(words, unworded, List.of()).total(), "no post holds these words");
    SearchResults results = search(meaning, unworded, List.of());
    assertEquals("summer-notes", slugs(results).getFirst(),
        "its last sentences, past the hundred words of its opening that the model reads, is about it: " + slugs(results));
    String snippet = results.hits().getFirst().snippet();
    assertTrue(snippet.startsWith("… ") && snippet.contains("bicycle"), "the reader lands on that passage: " + snippet);
  }

  @Test
  void postsNotPublishedAreNeverFoundByMeaning() throws IOException {
    List<String> found = slugs(search(meaning, UNWORDED, List.of()));
    assertFalse(found.contains("slow-draft"), found.toString());
    assertFalse(found.contains("later"), found.toString());
  }

  @Test
  void tagsFilterWhatMeaningFinds() throws IOException {
    SearchResults found = search(meaning, UNWORDED, List.of("garden"));
    assertEquals(List.of("tomatoes"), slugs(found));
    assertTrue(found.tags().stream().anyMatch(tag -> tag.value().equals("web")),
        "the other tags still count what they would add: " + found.tags());
  }

  @Test
  void aTitleTypedInFullComesFirst() throws IOException {
    assertEquals("cache-headers", slugs(search(meaning, "cache headers", List.of())).getFirst());
    assertEquals("quick-pages", slugs(search(meaning, "Making pages load quickly", List.of())).getFirst());
  }

  @Test
  void postsHoldingEveryWordKeepTheOrderOfTheWords() throws IOException {
    List<String> byWords = slugs(search(words, "cache browser", List.of()));
    assertEquals(List.of("cache-headers", "quick-pages"), byWords.stream().sorted().toList());
    assertEquals(byWords, slugs(search(meaning, "cache browser", List.of())).subList(0, 2));
  }

  @Test
  void aPhraseKeepsToItsWords() throws IOException {
    assertEquals(0, search(meaning, "\"reduce latency\"", List.of()).total());
    assertEquals(slugs(search(words, "sourdough -kitchen", List.of())),
        slugs(search(meaning, "sourdough -kitchen", List.of())));
  }

  @Test
  void relatedPostsAreTheNearestInMeaningThoseSharingATagFirst() throws IOException {
    List<String> toBread = meaning.related("sourdough", 5).orElseThrow().stream().map(SearchHit::slug).toList();
    assertEquals(Set.of("quick-pages", "tomatoes", "cache-headers", "summer-notes"), Set.copyOf(toBread),
        "nearest in meaning, whatever words they share: every other published post");
    List<String> toCache = meaning.related("cache-headers", 5).orElseThrow().stream().map(SearchHit::slug).toList();
    assertEquals("quick-pages", toCache.getFirst(), "the one other published post tagged web: " + toCache);
    assertEquals(Set.of("quick-pages", "tomatoes", "sourdough", "summer-notes"), Set.copyOf(toCache),
        "every other published post, never itself, a draft or a post not yet published");
  }
}
