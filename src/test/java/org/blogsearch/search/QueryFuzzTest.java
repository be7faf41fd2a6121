package org.blogsearch.search;

import org.blogsearch.engine.QuerySyntax;
import org.blogsearch.engine.ParsedQuery;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SortOrder;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any text a reader may type, within the server's limits, through the query syntax and the Lucene
 * query built from it, on the test blog: no error but a bad request, never Lucene's clause limit, only
 * published posts, snippets with no markup but {@code <mark>}.
 */
class QueryFuzzTest {

  /** The server's limits: text beyond them is refused before it is parsed. */
  private static final int MAX_LENGTH = 1000;
  private static final int MAX_WORDS = 64;

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

  @FuzzTest(maxDuration = "15s")
  @DictionaryEntries({"\"", "-", "OR", "title:", "tag:", "date:", "[", " TO ", "]", "*", "2018", "2021-06",
      "openwhisk", "lucene", "java", "zeppelin", "scheduler", "summer", "crates.io", "全文检索", ".", "'"})
  void anyQueryFindsOnlyPublishedPostsWithSafeSnippets(FuzzedDataProvider data) throws IOException {
    List<String> tags = new ArrayList<>();
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      tags.add(data.consumeString(12));
    }
    Optional<LocalDate> from = data.consumeBoolean() ? Optional.of(LocalDate.ofEpochDay(data.consumeInt(0, 30_000)))
        : Optional.empty();
    SortOrder sort = data.consumeBoolean() ? SortOrder.RELEVANCE : SortOrder.DATE;
    int page = data.consumeInt(1, 3);
    int size = data.consumeInt(1, SearchRequest.MAX_SIZE);
    String text = data.consumeRemainingAsString();
    if (text.codePointCount(0, text.length()) > MAX_LENGTH || QuerySyntax.wordCount(text) > MAX_WORDS) {
      return;
    }

    ParsedQuery parsed = QuerySyntax.parse(text);
    long searched = parsed.clauses().stream().flatMap(clause -> clause.anyOf().stream())
        .mapToLong(QueryFuzzTest::searchedWords).sum();
    assertTrue(searched <= QuerySyntax.wordCount(text),
        () -> searched + " words searched, " + QuerySyntax.wordCount(text) + " counted by the limit: " + parsed);

    SearchResults results = engine.search(new SearchRequest(text, tags, from, Optional.empty(), sort, page, size));
    assertTrue(results.hits().size() <= size);
    for (SearchHit hit : results.hits()) {
      assertFalse(TestBlog.WITHHELD_SLUGS.contains(hit.slug()), () -> hit.slug() + " is not published: " + text);
      SnippetMarkup.assertOnlyMarks(hit.snippet());
    }
  }

  /** The words a condition looks for in the text of posts; tags and dates only filter. */
  private static long searchedWords(ParsedQuery.Condition condition) {
    return switch (condition) {
      case ParsedQuery.Word word -> 1;
      case ParsedQuery.Phrase(String phrase) -> spaced(phrase);
      case ParsedQuery.InTitle(String words, boolean phrase) -> spaced(words);
      case ParsedQuery.Tagged tag -> 0;
      case ParsedQuery.DatedBetween range -> 0;
    };
  }

  /** Words as the syntax splits them, at any Unicode space. */
  private static long spaced(String text) {
    long words = 0;
    boolean inWord = false;
    for (char c : text.toCharArray()) {
      words += !inWord && !Character.isWhitespace(c) ? 1 : 0;
      inWord = !Character.isWhitespace(c);
    }
    return words;
  }

}
