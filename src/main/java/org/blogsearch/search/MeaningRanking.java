package org.blogsearch.search;

import org.blogsearch.engine.ParsedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LateInteractionField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.VectorUtil;
import org.blogsearch.index.Schema;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.ScoreFusion;

/**
 * Search by meaning beside the words: the posts nearest to a query in meaning join those its words
 * find, and both are ranked by one score ({@link ScoreFusion}). Only for a query of plain words: a
 * phrase, {@code title:}, {@code OR} or an exclusion is written on purpose, and keeps to its words.
 * Thread-safe.
 */
final class MeaningRanking {

  /** How many posts each side brings to the mix: the nearest by meaning, the best by words. */
  static final int DEPTH = 100;

  private final Embedder model;

  MeaningRanking(Embedder model) {
    this.model = model;
  }

  /** Whether a query reads as plain words, and the index holds what its posts mean. */
  static boolean applies(ParsedQuery parsed, IndexReader reader) {
    return parsed.hasWords() && parsed.clauses().stream().allMatch(clause -> clause.plainWord().isPresent())
        && hasMeaning(reader);
  }

  /** Whether the index was built with {@code --semantic}. */
  static boolean hasMeaning(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(Schema.MEANING);
      if (field != null && field.getVectorDimension() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The posts nearest to {@code text} in meaning among {@code served}.
   *
   * @param vector the text's
   * @param posts a query matching them, scoring nothing: added to the words' query, it leaves their
   *     scores as they are, and lets filters and facet counts see these posts as they see the others
   */
  record Nearest(float[] vector, Query posts) {

    /** The text's query, or these posts. */
    Query orText(Query text) {
      return new BooleanQuery.Builder()
          .add(text, Occur.SHOULD)
          .add(posts, Occur.SHOULD)
          .build();
    }
  }

  /** The graph holds the posts' openings: it finds the posts, which are then scored by their best passage. */
  Nearest nearest(IndexSearcher searcher, String text, Query served) throws IOException {
    float[] vector = model.embed(text);
    TopDocs top = searcher.search(new KnnFloatVectorQuery(Schema.MEANING, vector, DEPTH, served), DEPTH);
    int[] docs = Arrays.stream(top.scoreDocs).mapToInt(hit -> hit.doc).toArray();
    Query posts = new BoostQuery(new ConstantScoreQuery(new SnapshotDocsQuery(searcher.getIndexReader(), docs)), 0f);
    return new Nearest(vector, posts);
  }

  /**
   * The posts holding every word first, in the order of the words, then the others in the order of
   * their mixed score, then those the words alone rank lower. Where the words are right, a reader
   * remembering them, they stay right: the mix only ranks the posts they leave in doubt.
   *
   * @param byWords the posts matched, best by words first, the nearest that no word matched scoring 0
   * @param everyWord the posts among them holding every word
   * @param near the nearest that the request's filters let through
   * @param vector the query's
   */
  static Ranked rank(IndexSearcher searcher, ScoreDoc[] byWords, Set<Integer> everyWord, Set<Integer> near,
      float[] vector) throws IOException {
    // Every post of either side is scored on both: a post the words rank 150th is not a post they miss.
    Map<Integer, Float> words = new HashMap<>();
    for (ScoreDoc hit : byWords) {
      if (hit.score > 0 && (words.size() < DEPTH || near.contains(hit.doc))) {
        words.put(hit.doc, hit.score);
      }
    }
    Set<Integer> both = new HashSet<>(words.keySet());
    both.addAll(near);
    Map<Integer, Float> cosines = new HashMap<>();
    Map<Integer, Integer> passages = new HashMap<>();
    bestPassages(searcher, vector, both, cosines, passages);
    Map<Integer, Float> fused = ScoreFusion.fuse(words, cosines, ScoreFusion.WORDS_WEIGHT);
    // Mixed scores lie in 0..1; 1 plus the words' own scaled score keeps these above, in their order.
    ScoreFusion.scaled(words).forEach((doc, score) -> {
      if (everyWord.contains(doc)) {
        fused.put(doc, 1 + score);
      }
    });
    List<ScoreDoc> ranked = new ArrayList<>();
    fused.forEach((doc, score) -> ranked.add(new ScoreDoc(doc, score)));
    ranked.sort(Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
    Set<Integer> placed = new HashSet<>(fused.keySet());
    for (ScoreDoc hit : byWords) {
      if (placed.add(hit.doc)) {
        ranked.add(new ScoreDoc(hit.doc, 0f));
      }
    }
    return new Ranked(ranked.toArray(ScoreDoc[]::new), passages);
  }

  /**
   * Posts in the order of their mixed score.
   *
   * @param passages the best passage of each post nearest after its opening, by document number
   */
  record Ranked(ScoreDoc[] hits, Map<Integer, Integer> passages) {}

  /**
   * How near each post is to the query in meaning: its best passage's cosine, into
   * {@code cosines}; into {@code passages}, which passage it is, when not the opening.
   */
  private static void bestPassages(IndexSearcher searcher, float[] vector, Set<Integer> docs,
      Map<Integer, Float> cosines, Map<Integer, Integer> passages) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues vectors = null;
    for (int doc : docs.stream().mapToInt(Integer::intValue).sorted().toArray()) {
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        vectors = leaf.reader().getBinaryDocValues(Schema.PASSAGES);
      }
      if (vectors != null && vectors.advanceExact(doc - leaf.docBase)) {
        float[][] decoded = LateInteractionField.decode(vectors.binaryValue());
        int best = 0;
        float bestCosine = VectorUtil.dotProduct(vector, decoded[0]);
        for (int i = 1; i < decoded.length; i++) {
          float cosine = VectorUtil.dotProduct(vector, decoded[i]);
          if (cosine > bestCosine) {
            best = i;
            bestCosine = cosine;
          }
        }
        cosines.put(doc, bestCosine);
        if (best > 0) {
          passages.put(doc, best);
        }
      }
    }
  }
}
