package org.blogsearch.search;

import org.blogsearch.engine.QuerySyntax;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.FSDirectory;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the words, a query within the request limits (1,000 characters, 64 words) expands to
 * fewer clauses than Lucene allows: dotted names, runs of Chinese characters, exact and stem forms,
 * corrections, completions, phrases and proximity all draw from one budget.
 */
class ClauseBudgetTest {

  @TempDir static Path indexDir;
  private static SearchEngine engine;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexTheTestBlog() throws IOException {
    TestBlog.index(indexDir);
    engine = LuceneSearchEngine.open(indexDir);
    reader = DirectoryReader.open(FSDirectory.open(indexDir));
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
    reader.close();
  }

  /** Queries within the limits that expand the most: words the test blog holds, in every form. */
  static List<String> widestQueries() {
    return List.of(
        words(40, i -> "w" + i + ".v" + i),
        String.join(" ", Collections.nCopies(64, "crates.io/foo")),
        String.join(" ", Collections.nCopies(64, "scheduler.learning")).substring(0, 1000),
        String.join(".", Collections.nCopies(100, "openwhisk.scala")).substring(0, 1000),
        "\"" + String.join(".", Collections.nCopies(60, "learning.schedulers")).substring(0, 990) + "\"",
        words(32, i -> "\"learning.schedulers scala.openwhisk\""),
        String.join(" OR ", Collections.nCopies(32, "schedulers.learning.openwhisk")).substring(0, 1000),
        words(64, i -> "schedulr" + "abcdefgh".charAt(i % 8)),
        words(64, i -> i % 2 == 0 ? "learnings" : "opnwhisk"),
        "全文检索".repeat(250),
        words(63, i -> "title:learning.scala") + " sched");
  }

  private static String words(int count, IntFunction<String> word) {
    String text = IntStream.range(0, count).mapToObj(word).collect(Collectors.joining(" "));
    return text.length() <= 1000 ? text : text.substring(0, text.lastIndexOf(' ', 1000));
  }

  @ParameterizedTest
  @MethodSource("widestQueries")
  void aQueryWithinTheLimitsIsAnsweredWhateverItsWords(String query) {
    assertDoesNotThrow(() -> engine.search(SearchRequest.of(query)));
  }

  @ParameterizedTest
  @MethodSource("widestQueries")
  void aQueryWithinTheLimitsStaysWithinTheClauseBudget(String query) throws IOException {
    QueryFactory.Built built = new QueryFactory(new Vocabulary())
        .create(QuerySyntax.parse(query), SearchRequest.of(query), Instant.now(), new IndexSearcher(reader));
    for (Query part : List.of(built.query(), built.marked())) {
      int clauses = clauses(part);
      assertTrue(clauses <= IndexSearcher.getMaxClauseCount() / 2,
          clauses + " clauses for " + query.length() + " characters: " + query);
    }
  }

  @Test
  void wordsPastTheBudgetAreNamedAsIgnored() throws IOException {
    // Forty dotted names of two parts each spend the budget; the words after them cannot count.
    String query = words(40, i -> "learning.scala") + " openwhisk schedulers";
    SearchResults results = engine.search(SearchRequest.of(query));
    assertTrue(results.ignored().containsAll(List.of("openwhisk", "schedulers")), results.ignored().toString());
  }

  /** The clauses Lucene counts against its limit: each term, each query with no terms. */
  private static int clauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        count[0] += terms.length;
      }

      @Override
      public void visitLeaf(Query query) {
        count[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return count[0];
  }
}
