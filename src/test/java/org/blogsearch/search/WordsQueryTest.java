package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The one-pass query of the typed words scores every post as the sum it replaces would: the words'
 * clauses, a bonus for holding every word, and the proximity bonus, over segments larger than one
 * window of posts, with deleted posts left out, led by itself or by a filter.
 */
class WordsQueryTest {

  private static final String[] VOCABULARY = {"apple", "pear", "plum", "fig", "kiwi", "lime", "date"};
  private static final float EVERY_WORD = 2.5f;

  @Test
  void scoresEachPostAsTheSumOfItsWordsAndBonuses() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Random random = new Random(3);
      // Two segments, each longer than the query's window of 4,096 posts.
      for (int segment = 0; segment < 2; segment++) {
        for (int i = 0; i < 9_000; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", segment + "-" + i, Field.Store.NO));
          doc.add(new TextField("body", words(random, 1 + random.nextInt(12)), Field.Store.NO));
          doc.add(new TextField("title", words(random, 1 + random.nextInt(4)), Field.Store.NO));
          doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
      writer.deleteDocuments(new Term("id", "0-17"), new Term("id", "1-4500"));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        List<List<Query>> words = List.of(
            List.of(new TermQuery(new Term("body", "apple")), new BoostQuery(new TermQuery(new Term("title", "apple")), 4)),
            List.of(new TermQuery(new Term("body", "plum"))),
            List.of(new BoostQuery(new TermQuery(new Term("title", "kiwi")), 0.3f), new TermQuery(new Term("body", "kiwi"))));
        Query near = new BoostQuery(new PhraseQuery(3, "title", "apple", "plum"), 4);
        Query oneQuery = new WordsQuery(words, EVERY_WORD, List.of(near));
        Query sum = sumOf(words, near);

        Map<Integer, Float> expected = scores(searcher, sum);
        Map<Integer, Float> found = scores(searcher, oneQuery);
        assertTrue(expected.size() > 5_000, "the words match many posts: " + expected.size());
        assertScoresEqual(expected, found);
        assertFalse(found.containsKey(17), "a deleted post is left out");

        // Led by a filter, the query is matched one post at a time.
        Query even = new TermQuery(new Term("half", "even"));
        assertScoresEqual(scores(searcher, filtered(sum, even)), scores(searcher, filtered(oneQuery, even)));

        int some = found.keySet().iterator().next();
        assertEquals(found.get(some), searcher.explain(oneQuery, some).getValue().floatValue(), 1e-4f);
        assertEquals(expected.size(), searcher.count(oneQuery));
      }
    }
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
    }
    return text.toString();
  }

  /** The query {@link WordsQuery} replaces: a sum of every clause, plus the bonuses as clauses. */
  private static Query sumOf(List<List<Query>> words, Query near) {
    BooleanQuery.Builder sum = new BooleanQuery.Builder();
    BooleanQuery.Builder every = new BooleanQuery.Builder();
    for (List<Query> word : words) {
      BooleanQuery.Builder held = new BooleanQuery.Builder();
      for (Query clause : word) {
        sum.add(clause, Occur.SHOULD);
        held.add(clause, Occur.SHOULD);
      }
      every.add(held.build(), Occur.FILTER);
    }
    sum.add(new BoostQuery(new ConstantScoreQuery(every.build()), EVERY_WORD), Occur.SHOULD);
    sum.add(near, Occur.SHOULD);
    return sum.build();
  }

  private static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(20_000, Integer.MAX_VALUE)).scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }

  private static void assertScoresEqual(Map<Integer, Float> expected, Map<Integer, Float> found) {
    assertEquals(expected.keySet(), found.keySet());
    expected.forEach((doc, score) -> assertEquals(score, found.get(doc), 1e-4f, "post " + doc));
  }
}
