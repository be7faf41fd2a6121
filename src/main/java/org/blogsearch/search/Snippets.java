package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.blogsearch.index.Schema;

/**
 * Makes the HTML-safe snippet of each hit from its body: the passages around the matches, all text
 * escaped, matches wrapped in {@code <mark>}. A hit with no match in its body gets its opening.
 */
final class Snippets {

  private static final int PASSAGES = 2;
  private static final int PASSAGE_CHARS = 160;
  /** The longest real posts are under 100 KB; matches past this point are not looked for. */
  private static final int MAX_ANALYZED_CHARS = 200_000;

  private final AtomicReference<Cached> bodyField = new AtomicReference<>();

  /**
   * Snippets for the given documents, whose bodies the caller has already loaded: reading stored
   * fields costs a decompression, so each hit is read once for everything it shows.
   */
  String[] of(IndexSearcher searcher, Query query, Map<Integer, String> bodies) throws IOException {
    int[] docIds = bodies.keySet().stream().mapToInt(Integer::intValue).toArray();
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, Schema.analyzer())
        .withMaxLength(MAX_ANALYZED_CHARS)
        .withBreakIterator(() -> new PassageWindows(PASSAGE_CHARS))
        .withFormatter(new SnippetFormatter())
        .withScorer(new PassageScores())
        .withMaxNoHighlightPassages(1)
        // Matching the whole multi-field query again for every hit costs more than the search itself;
        // the body's own terms, positions and offsets are all a snippet needs.
        .withWeightMatches(false);
    String[] snippets = new PreloadedHighlighter(builder, bodies, bodyField(searcher))
        .highlightFields(new String[] {Schema.BODY}, query, docIds, new int[] {PASSAGES})
        .get(Schema.BODY);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? "" : snippets[i];
    }
    return snippets;
  }

  /** The body's field info for this index snapshot, which the highlighter would merge anew each time. */
  private FieldInfo bodyField(IndexSearcher searcher) {
    Cached cached = bodyField.get();
    if (cached == null || cached.reader() != searcher.getIndexReader()) {
      cached = new Cached(searcher.getIndexReader(),
          FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(Schema.BODY));
      bodyField.set(cached);
    }
    return cached.info();
  }

  private record Cached(IndexReader reader, FieldInfo info) {}

  /** A highlighter that takes the body text from memory instead of reading it again. */
  private static final class PreloadedHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> bodies;
    private final FieldInfo bodyField;

    PreloadedHighlighter(Builder builder, Map<Integer, String> bodies, FieldInfo bodyField) {
      super(builder);
      this.bodies = bodies;
      this.bodyField = bodyField;
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      return field.equals(Schema.BODY) ? bodyField : super.getFieldInfo(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        values.add(new CharSequence[] {bodies.getOrDefault(doc, "")});
      }
      return values;
    }
  }
}
