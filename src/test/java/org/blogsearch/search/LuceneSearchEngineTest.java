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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the embedded engine does beyond what every engine promises ({@link EngineContract}, run on this
 * engine by {@link LuceneEngineContractTest}): its ranking, typos, prefixes, corrections and the rest.
 */
class LuceneSearchEngineTest {

  @TempDir static Path indexDir;
  private static SearchEngine engine;

  @BeforeAll
  static void indexTheTestBlog() throws IOException {
    TestBlog.index(indexDir);
    engine = LuceneSearchEngine.open(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  private static SearchResults search(String query) throws IOException {
    return engine.search(SearchRequest.of(query));
  }

  private static SearchResults search(String query, List<String> tags, String from, String to, SortOrder sort,
      int page, int size) throws IOException {
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
    assertEquals("/posts/gsoc-2018/", hit.url());
    assertEquals("Google Summer of Code", hit.title());
    assertEquals(Optional.of(LocalDate.of(2018, 8, 13)), hit.date());
    assertEquals(List.of("Java", "openwhisk"), hit.tags());
    assertEquals(List.of("community"), hit.categories());
    assertTrue(hit.score() > 0);
  }

  @Test
  void postsHoldingEveryWordComeFirst() throws IOException {
    List<String> found = slugs(search("scheduler scala"));
    assertEquals("gsoc-2018", found.getFirst(), "the one post holding both words");
    assertTrue(found.size() > 1, "then the posts holding one of them: " + found);
  }

  @Test
  void aPostMissingAWordIsNotDropped() throws IOException {
    // Each word is held by a post, just not the same one: both are found.
    assertTrue(slugs(search("scheduler pager")).containsAll(List.of("gsoc-2018", "new-year")));
  }

  @Test
  void yearRangeCountsThePostByItsWrittenDate() throws IOException {
    assertEquals(Set.of("gsoc-2018", "new-year"),
        Set.copyOf(slugs(search("", List.of(), "2018", "2018", SortOrder.RELEVANCE, 1, 10))));
    assertEquals(Set.of("gsoc-2018", "new-year"), Set.copyOf(slugs(search("date:[2018-01-01 TO 2018-12-31]"))));
    assertEquals(List.of("leap-day"), slugs(search("", List.of(), "2020-02", "2020-02", SortOrder.RELEVANCE, 1, 10)));
  }

  @Test
  void jekyllFileNameGivesDateAndSlug() throws IOException {
    SearchHit hit = search("february").hits().getFirst();
    assertEquals("leap-day", hit.slug());
    assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), hit.date());
  }

  @Test
  void dateSortIsNewestFirst() throws IOException {
    assertEquals(List.of("hostile", "lucene-bundle", "leap-day", "json-post", "new-year", "gsoc-2018"),
        slugs(search("", List.of(), null, null, SortOrder.DATE, 1, 10)));
  }

  @Test
  void emptyQueryBrowsesEveryPublishedPostNewestFirst() throws IOException {
    SearchResults all = search("");
    assertEquals(6, all.total());
    assertEquals("hostile", all.hits().getFirst().slug());
  }

  @Test
  void queryOfOnlyFiltersListsNewestFirst() throws IOException {
    assertEquals(List.of("json-post", "new-year", "gsoc-2018"), slugs(search("tag:java")));
  }

  @Test
  void unpublishedPostsAreNeverReturned() throws IOException {
    assertEquals(0, search("zeppelin").total());
    Set<String> everything = Set.copyOf(slugs(search("")));
    assertFalse(everything.contains("draft"));
    assertFalse(everything.contains("future"));
    assertFalse(everything.contains("expired"));
    assertFalse(everything.contains("broken"));
  }

  @Test
  void snippetHasNoMarkdown() throws IOException {
    String snippet = search("prototype").hits().getFirst().snippet();
    assertTrue(snippet.contains("<mark>prototype</mark>"), snippet);
    assertFalse(snippet.contains("**") || snippet.contains("](") || snippet.contains("https://"), snippet);
  }

  @Test
  void punctuationIsNeverAnError() throws IOException {
    for (String typed : List.of("C++ (2018)", "\"unclosed", "tag:", "date:[nope TO never]", "a OR", "-", "***",
        "title:\"\"", "((lucene))", "AND OR NOT")) {
      search(typed);
    }
    assertEquals(0, search("+++").total());
    assertEquals(List.of("json-post"), slugs(search("((inverted))")));
  }

  @Test
  void codeIsSearchableAndShownOnlyWhenTheWordsAreOnlyThere() throws IOException {
    SearchHit hit = search("IndexWriter").hits().getFirst();
    assertEquals("json-post", hit.slug());
    assertTrue(hit.snippet().contains("<mark>IndexWriter</mark> writer = new <mark>IndexWriter</mark>"),
        hit.snippet());
    assertFalse(search("inverted").hits().getFirst().snippet().contains("IndexWriter"));
  }

  @Test
  void titleOnlyMatchShowsTheSummaryElseTheOpening() throws IOException {
    assertEquals("How the inverted index works.", search("title:indexing").hits().getFirst().snippet());
    assertTrue(search("title:google").hits().getFirst().snippet()
        .startsWith("This summer I built a prototype for the OpenWhisk future"));
  }

  @Test
  void postsThatExpiredSinceIndexingAreHidden() throws IOException {
    assertEquals(0, search("discount").total());
    try (SearchEngine thenEngine = LuceneSearchEngine.open(indexDir, TestBlog.CLOCK)) {
      assertEquals(List.of("expiring"), slugs(thenEngine.search(SearchRequest.of("discount"))));
    }
  }

  @Test
  void lastWordMatchesAsAPrefixWhileTyped() throws IOException {
    assertEquals(List.of("gsoc-2018"), slugs(search("openwh")));
    assertEquals(List.of("gsoc-2018"), slugs(search("scala openwh")));
    assertEquals(0, search("openwh ").total());
    assertEquals(List.of("openwh"), search("openwh scala").ignored(), "an earlier word is taken as whole");
  }

  @Test
  void wholeWordsRankAbovePrefixes() throws IOException {
    // "pager" is whole in the New Year post; "pag" also begins "page" nowhere else but "pager".
    assertEquals("new-year", search("pag").hits().getFirst().slug());
    List<String> luc = slugs(search("luc"));
    assertTrue(luc.containsAll(List.of("json-post", "lucene-bundle")), luc.toString());
  }

  @Test
  void misspelledWordsStillFindTheirPostsBelowExactOnes() throws IOException {
    assertEquals(List.of("gsoc-2018"), slugs(search("prototipe")));
    assertEquals(List.of("new-year"), slugs(search("pagre")));
    assertEquals(List.of("new-year"), slugs(search("pager")), "a word the posts hold is taken as meant");
    assertEquals(0, search("pagr").total(), "four letters: no typo tolerance");
    assertEquals("gsoc-2018", search("scheduler prototipe").hits().getFirst().slug());
  }

  @Test
  void aWordNoPostHoldsComesWithACorrectedQuery() throws IOException {
    SearchResults results = search("scala prototipe");
    assertEquals(Optional.of("scala prototype"), results.suggestion());
    assertEquals(Optional.empty(), search("zzzzqqqxx").suggestion());
  }

  @Test
  void aQueryLooksUpCorrectionsForEightUnknownWordsAtMost() throws IOException {
    String eightUnknown = "zzzzqa zzzzqb zzzzqc zzzzqd zzzzqe zzzzqf zzzzqg zzzzqh";
    SearchResults results = search("scheduler " + eightUnknown + " prototipe");
    assertTrue(results.ignored().contains("prototipe"), "the ninth unknown word is not looked up: " + results.ignored());
    assertEquals(Optional.empty(), results.suggestion());
    assertEquals(Optional.of("scheduler prototype"), search("scheduler prototipe").suggestion());
  }

  @Test
  void didYouMeanReachesTwoEditsSwappedLettersCountingAsOne() throws IOException {
    // Two swaps: "de" for "ed" and "re" for "er".
    assertEquals(Optional.of("scheduler"), search("schdeulre").suggestion());
    assertEquals(Set.of("gsoc-2018", "lucene-bundle"), Set.copyOf(slugs(search("schdeulre"))));
  }

  @Test
  void aQueryThatFindsItsPostsGetsNoSuggestion() throws IOException {
    assertEquals(Optional.empty(), search("prototype").suggestion());
    assertEquals(Optional.empty(), search("scheduler scala").suggestion());
    assertEquals(Optional.empty(), search("schedulers").suggestion(), "another form of a word posts hold");
  }

  @Test
  void aWordNoPostHoldsIsLeftOutAndSaidSo() throws IOException {
    SearchResults results = search("scheduler zzzzqqqxx scala");
    assertEquals("gsoc-2018", results.hits().getFirst().slug());
    assertEquals(List.of("zzzzqqqxx"), results.ignored());
    assertEquals(List.of(), search("scheduler scala").ignored());
  }

  @Test
  void aDottedNameIsIgnoredOnlyWhenNoPostHoldsAnyOfItsParts() throws IOException {
    assertEquals(List.of("zzzzqqqxx.yyyqqq"), search("scheduler zzzzqqqxx.yyyqqq").ignored());
    assertEquals(List.of(), search("scheduler scala.zzzzqqqxx").ignored());
  }

  @Test
  void aPhraseStillFindsItsPostsBesideAWordNoPostHolds() throws IOException {
    SearchResults results = search("\"summer of code\" zzzzqqqxx");
    assertEquals(List.of("gsoc-2018"), slugs(results));
    assertEquals(List.of("zzzzqqqxx"), results.ignored());
    assertEquals(List.of(), search("scheduler ++").ignored(), "no searchable character: nothing to say");
  }

  @Test
  void wordsThatSomePostHoldsAreNeverLeftOut() throws IOException {
    assertEquals(List.of(), search("scheduler pager").ignored());
    assertEquals(0, search("zzzzqqqxx").total(), "a lone unknown word is not left out");
    assertEquals(0, search("zzzzqqqxx qqqzzzzyy").total(), "nor are all the words");
  }

  @Test
  void aQueryOfOnlyCommonWordsStillSearchesThem() throws IOException {
    assertTrue(search("it is a").total() > 0, "every word is a stop word: they are all that was typed");
  }

  @Test
  void aSentenceNoPostHoldsWordForWordStillFindsTheBestPosts() throws IOException {
    SearchResults results = search("a prototype scheduler written over the long winter holidays");
    assertEquals("gsoc-2018", results.hits().getFirst().slug());
  }

  @Test
  void aSentenceFewPostsHoldWordForWordListsThemFirstThenThePostsHoldingSomeOfIt() throws IOException {
    List<String> found = slugs(search("prototype scheduler written in scala"));
    assertEquals("gsoc-2018", found.getFirst(), "the one post holding every word");
    assertTrue(found.size() > 1, "then posts holding some of the words: " + found);
  }

  @Test
  void inASentenceThePostHoldingEveryWordButTheCommonOnesComesFirst() throws IOException {
    // No post holds all five words ("in" is missing from the one about positions), so the query is
    // read as a sentence: the post holding every word but "of" and "in" leads.
    List<String> found = slugs(search("positions of every term in"));
    assertEquals("json-post", found.getFirst(), found.toString());
    assertTrue(found.size() > 1, "posts holding fewer words follow: " + found);
  }

  @Test
  void selectedTagsDoNotHideTheOtherTagsCounts() throws IOException {
    SearchResults results = search("", List.of("java"), null, null, SortOrder.RELEVANCE, 1, 10);
    assertEquals(3, results.total());
    assertTrue(results.tags().contains(new FacetCount("lucene", 2)), results.tags().toString());
    assertTrue(results.tags().contains(new FacetCount("security", 1)), results.tags().toString());
    SearchResults dated = search("", List.of(), "2019", "2019", SortOrder.RELEVANCE, 1, 10);
    assertEquals(1, dated.total());
    assertTrue(dated.years().contains(new FacetCount("2022", 1)), dated.years().toString());
  }

  @Test
  void statusCountsOnlyThePostsServedNow() throws IOException {
    assertEquals(6, engine.status().posts(), "not the post expired since the index was built");
    try (SearchEngine thenEngine = LuceneSearchEngine.open(indexDir, TestBlog.CLOCK)) {
      assertEquals(7, thenEngine.status().posts());
    }
  }
}
