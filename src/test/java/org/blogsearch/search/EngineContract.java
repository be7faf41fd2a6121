package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.SortOrder;
import org.blogsearch.engine.DateBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every engine promises behind the API, on the test blog: search, filters, facets, snippets,
 * completions, related posts, limits, and never an unpublished post. One subclass per engine indexes
 * the blog its own way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EngineContract {

  private SearchEngine engine;

  /** Indexes {@link TestBlog} and opens an engine over it on the system clock. */
  protected abstract SearchEngine indexTheTestBlog() throws Exception;

  @BeforeAll
  void open() throws Exception {
    engine = indexTheTestBlog();
  }

  @AfterAll
  void close() throws Exception {
    if (engine != null) {
      engine.close();
    }
  }

  private SearchResults search(String query) throws IOException {
    return engine.search(SearchRequest.of(query));
  }

  private SearchResults search(String query, List<String> tags, String from, String to, SortOrder sort, int page,
      int size) throws IOException {
    return engine.search(new SearchRequest(query, tags,
        Optional.ofNullable(from).map(v -> DateBound.first("from", v)),
        Optional.ofNullable(to).map(v -> DateBound.last("to", v)), sort, page, size));
  }

  private static List<String> slugs(SearchResults results) {
    return results.hits().stream().map(SearchHit::slug).toList();
  }

  @Test
  void aWordFindsThePostsThatHoldIt() throws IOException {
    SearchResults results = search("openwhisk");
    assertEquals(List.of("gsoc-2018"), slugs(results));
    assertEquals(1, results.total());
    SearchHit hit = results.hits().getFirst();
    assertEquals("posts/gsoc.md", hit.path());
    assertEquals("/posts/gsoc-2018/", hit.url());
    assertEquals("Google Summer of Code", hit.title());
    assertEquals(Optional.of(LocalDate.of(2018, 8, 13)), hit.date());
    assertEquals(List.of("Java", "openwhisk"), hit.tags());
    assertEquals(List.of("community"), hit.categories());
    assertTrue(hit.score() > 0);
  }

  @Test
  void postsHoldingEveryWordComeFirstAndOthersFollow() throws IOException {
    List<String> found = slugs(search("scheduler scala"));
    assertEquals("gsoc-2018", found.getFirst());
    assertTrue(slugs(search("scheduler pager")).containsAll(List.of("gsoc-2018", "new-year")));
  }

  @Test
  void wordsMatchTheirOtherForms() throws IOException {
    assertEquals(List.of("gsoc-2018"), slugs(search("learning")));
  }

  @Test
  void phraseNeedsTheWordsInOrder() throws IOException {
    assertEquals(List.of("json-post"), slugs(search("\"inverted index\"")));
    assertEquals(0, search("\"index inverted\"").total());
  }

  @Test
  void minusExcludesPosts() throws IOException {
    assertEquals(Set.of("gsoc-2018", "lucene-bundle"), Set.copyOf(slugs(search("scheduler"))));
    assertEquals(List.of("lucene-bundle"), slugs(search("scheduler -scala")));
  }

  @Test
  void orFindsEither() throws IOException {
    assertEquals(Set.of("new-year", "leap-day"), Set.copyOf(slugs(search("rollback OR february"))));
  }

  @Test
  void titleFieldLooksOnlyAtTitles() throws IOException {
    assertEquals(Set.of("json-post", "lucene-bundle"), Set.copyOf(slugs(search("title:lucene"))));
    assertEquals(List.of("lucene-bundle"), slugs(search("title:\"lucene scoring\"")));
  }

  @Test
  void tagInQueryAndTagFilterAreCaseInsensitive() throws IOException {
    assertEquals(Set.of("gsoc-2018", "new-year", "json-post"), Set.copyOf(slugs(search("tag:JAVA"))));
    assertEquals(List.of("json-post"),
        slugs(search("", List.of("java", "Lucene"), null, null, SortOrder.RELEVANCE, 1, 10)));
  }

  @Test
  void filtersDoNotChangeScores() throws IOException {
    float plain = search("lucene").hits().stream().filter(h -> h.slug().equals("json-post")).findFirst()
        .orElseThrow().score();
    float filtered = search("lucene", List.of("java"), null, null, SortOrder.RELEVANCE, 1, 10).hits().getFirst()
        .score();
    assertEquals(plain, filtered, 1e-6);
  }

  @Test
  void dateRangesCountThePostByItsWrittenDate() throws IOException {
    assertEquals(Set.of("gsoc-2018", "new-year"),
        Set.copyOf(slugs(search("", List.of(), "2018", "2018", SortOrder.RELEVANCE, 1, 10))));
    assertEquals(Set.of("gsoc-2018", "new-year"), Set.copyOf(slugs(search("date:[2018-01-01 TO 2018-12-31]"))));
    assertEquals(List.of("leap-day"), slugs(search("", List.of(), "2020-02", "2020-02", SortOrder.RELEVANCE, 1, 10)));
  }

  @Test
  void dateSortIsNewestFirstAndAnEmptyQueryBrowsesEveryPost() throws IOException {
    assertEquals(List.of("hostile", "lucene-bundle", "leap-day", "json-post", "new-year", "gsoc-2018"),
        slugs(search("", List.of(), null, null, SortOrder.DATE, 1, 10)));
    assertEquals(6, search("").total());
    assertEquals(List.of("json-post", "new-year", "gsoc-2018"), slugs(search("tag:java")));
  }

  @Test
  void unpublishedPostsAreNeverServed() throws IOException {
    Set<String> everything = Set.copyOf(slugs(search("")));
    for (String withheld : TestBlog.WITHHELD_SLUGS) {
      assertFalse(everything.contains(withheld), withheld);
      assertEquals(Optional.empty(), engine.related(withheld, 5), withheld);
    }
    assertFalse(everything.contains("broken"));
    for (String word : TestBlog.WITHHELD_WORDS) {
      assertEquals(0, search(word).total(), word);
      assertEquals(List.of(), engine.suggest(word.substring(0, 4), 10), word);
    }
    assertTrue(engine.related("gsoc-2018", 10).orElseThrow().stream()
        .noneMatch(hit -> TestBlog.WITHHELD_SLUGS.contains(hit.slug())));
  }

  @Test
  void pagesNeitherRepeatNorSkip() throws IOException {
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= 3; page++) {
      seen.addAll(slugs(search("", List.of(), null, null, SortOrder.RELEVANCE, page, 2)));
    }
    assertEquals(6, seen.size());
    assertEquals(List.of(), slugs(search("", List.of(), null, null, SortOrder.RELEVANCE, 4, 2)));
  }

  @Test
  void aPageFarPastTheLastPostIsEmptyNotAnError() throws IOException {
    SearchResults far = search("", List.of(), null, null, SortOrder.RELEVANCE, 100_000, SearchRequest.MAX_SIZE);
    assertEquals(List.of(), far.hits());
    assertEquals(6, far.total());
  }

  @Test
  void snippetMarksMatchesAndEscapesEverythingElse() throws IOException {
    String snippet = search("escaping").hits().getFirst().snippet();
    assertTrue(snippet.contains("<mark>Escaping</mark>"), snippet);
    assertTrue(snippet.contains("5 &lt; 6 &amp; 7 &gt; 3"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
  }

  @Test
  void hostileTitleStaysPlainText() throws IOException {
    assertEquals("<script>alert('pwned')</script> and other titles", search("pwned").hits().getFirst().title());
  }

  @Test
  void titleOnlyMatchShowsTheSummary() throws IOException {
    assertEquals("How the inverted index works.", search("title:indexing").hits().getFirst().snippet());
  }

  @Test
  void facetsCountTagsAndYearsOfTheMatches() throws IOException {
    SearchResults results = search("tag:java");
    assertEquals(List.of(new FacetCount("java", 3), new FacetCount("lucene", 1),
        new FacetCount("openwhisk", 1), new FacetCount("ops", 1)), results.tags());
    assertEquals(List.of(new FacetCount("2019", 1), new FacetCount("2018", 2)), results.years());
  }

  @Test
  void selectedTagsAndDatesDoNotHideTheOtherCounts() throws IOException {
    SearchResults results = search("", List.of("java"), null, null, SortOrder.RELEVANCE, 1, 10);
    assertEquals(3, results.total());
    assertTrue(results.tags().contains(new FacetCount("lucene", 2)), results.tags().toString());
    assertTrue(results.tags().contains(new FacetCount("security", 1)), results.tags().toString());
    SearchResults dated = search("", List.of(), "2019", "2019", SortOrder.RELEVANCE, 1, 10);
    assertEquals(1, dated.total());
    assertTrue(dated.years().contains(new FacetCount("2022", 1)), dated.years().toString());
  }

  @Test
  void punctuationIsNeverAnError() throws IOException {
    for (String typed : List.of("C++ (2018)", "\"unclosed", "tag:", "date:[nope TO never]", "a OR", "-", "***",
        "title:\"\"", "((lucene))", "AND OR NOT", "{!lucene}x", "foo:bar", "\\", "id:*")) {
      search(typed);
    }
    assertEquals(0, search("+++").total());
    assertEquals(List.of("json-post"), slugs(search("((inverted))")));
  }

  @Test
  void aWordNoPostHoldsComesWithACorrectedQuery() throws IOException {
    assertEquals(Optional.of("scala prototype"), search("scala prototipe").suggestion());
    assertEquals(Optional.empty(), search("prototype").suggestion());
    assertEquals(Optional.empty(), search("zzzzqqqxx").suggestion());
  }

  @Test
  void completionsComeFromServedPosts() throws IOException {
    assertTrue(engine.suggest("openw", 5).contains("openwhisk"), engine.suggest("openw", 5).toString());
    assertTrue(engine.suggest("scala openw", 5).contains("scala openwhisk"));
    assertEquals(List.of(), engine.suggest("", 5));
    assertTrue(engine.suggest("lu", 2).size() <= 2);
  }

  @Test
  void relatedPostsAreOthersAndAnUnknownSlugHasNone() throws IOException {
    List<SearchHit> related = engine.related("json-post", 5).orElseThrow();
    assertFalse(related.isEmpty(), "json-post is about Lucene, as lucene-bundle is");
    assertTrue(related.stream().noneMatch(hit -> hit.slug().equals("json-post")), related.toString());
    assertTrue(related.size() <= 5);
    assertEquals(Optional.empty(), engine.related("no-such-post", 5));
  }

  @Test
  void tagsCountEveryServedPost() throws IOException {
    List<FacetCount> tags = engine.tags();
    assertEquals(new FacetCount("java", 3), tags.getFirst());
    assertTrue(tags.stream().noneMatch(tag -> tag.value().equals("zeppelins")), tags.toString());
  }

  @Test
  void statusCountsOnlyThePostsServedNow() throws IOException {
    assertEquals(6, engine.status().posts());
  }
}
