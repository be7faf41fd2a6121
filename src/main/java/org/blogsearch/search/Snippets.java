package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.blogsearch.index.Schema;

/**
 * Makes the HTML-safe snippet of each hit from its best field: the passages around the matches in
 * the body; else in the code blocks, when the words are only there; else the passage nearest in
 * meaning, when a search by meaning found one past the opening; else the post's summary; else the
 * opening of its body. All text escaped, matches wrapped in {@code <mark>}.
 */
final class Snippets {

  private static final String ELLIPSIS = "… ";
  private static final int BODY_PASSAGES = 2;
  private static final int CODE_PASSAGES = 1;
  private static final int PASSAGE_CHARS = 160;
  /** A summary, or the passage nearest in meaning, is shown as long as two passages around matches. */
  private static final int SUMMARY_CHARS = 2 * PASSAGE_CHARS;
  /** The longest real posts are under 100 KB; matches past this point are not looked for. */
  private static final int MAX_ANALYZED_CHARS = 200_000;

  private final AtomicReference<Cached> fieldInfos = new AtomicReference<>();

  /**
   * Snippets for the given documents, whose texts the caller has already loaded: reading stored
   * fields is a cost, so each hit is read once for everything it shows.
   */
  String[] of(IndexSearcher searcher, Query query, Map<Integer, HitText> texts) throws IOException {
    int[] docIds = texts.keySet().stream().mapToInt(Integer::intValue).toArray();
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, Schema.analyzer())
        .withMaxLength(MAX_ANALYZED_CHARS)
        .withBreakIterator(() -> new PassageWindows(PASSAGE_CHARS))
        .withFormatter(new SnippetFormatter())
        .withScorer(new PassageScores())
        .withMaxNoHighlightPassages(0)
        // Matching the whole multi-field query again for every hit costs more than the search itself;
        // each field's own terms, positions and offsets are all a snippet needs.
        .withWeightMatches(false);
    UnifiedHighlighter highlighter = new PreloadedHighlighter(builder, texts, searcher.storedFields(),
        fieldInfos(searcher));
    String[] body = highlighter.highlightFields(new String[] {Schema.BODY}, query, docIds, new int[] {BODY_PASSAGES})
        .get(Schema.BODY);
    // Code is looked at only for the hits whose prose does not hold the words: each field looked at
    // costs a term lookup per word and hit.
    int[] withoutProse = IntStream.range(0, docIds.length).filter(i -> body[i] == null).map(i -> docIds[i]).toArray();
    Map<Integer, String> code = new HashMap<>();
    if (withoutProse.length > 0) {
      String[] marked = highlighter.highlightFields(new String[] {Schema.CODE}, query, withoutProse,
          new int[] {CODE_PASSAGES}).get(Schema.CODE);
      for (int i = 0; i < withoutProse.length; i++) {
        if (marked[i] != null) {
          code.put(withoutProse[i], marked[i]);
        }
      }
    }
    String[] snippets = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      HitText text = texts.get(docIds[i]);
      snippets[i] = body[i] != null ? body[i]
          : code.containsKey(docIds[i]) ? code.get(docIds[i])
          : text.nearest() > 0 ? ELLIPSIS + opening(text.body().substring(text.nearest()), SUMMARY_CHARS)
          : !text.summary().isBlank() ? opening(text.summary(), SUMMARY_CHARS)
          : opening(text.body(), PASSAGE_CHARS);
    }
    return snippets;
  }

  /** The start of {@code text}, cut at a space or paragraph end, escaped, with an ellipsis if cut. */
  private static String opening(String text, int chars) {
    PassageWindows windows = new PassageWindows(chars);
    windows.setText(text);
    windows.first();
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(Math.max(0, windows.next()));
    return new SnippetFormatter().format(new Passage[] {passage}, text);
  }

  /** The merged field infos of this index snapshot, which the highlighter would merge anew each time. */
  private FieldInfos fieldInfos(IndexSearcher searcher) {
    Cached cached = fieldInfos.get();
    if (cached == null || cached.reader() != searcher.getIndexReader()) {
      cached = new Cached(searcher.getIndexReader(), FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
      fieldInfos.set(cached);
    }
    return cached.infos();
  }

  private record Cached(IndexReader reader, FieldInfos infos) {}

  /**
   * A highlighter that takes the bodies from memory instead of reading them again, and reads code,
   * which few snippets come from, only for the hits it is asked about.
   */
  private static final class PreloadedHighlighter extends UnifiedHighlighter {
    private static final Set<String> CODE = Set.of(Schema.CODE);
    private final Map<Integer, HitText> texts;
    private final StoredFields stored;
    private final FieldInfos fieldInfos;

    PreloadedHighlighter(Builder builder, Map<Integer, HitText> texts, StoredFields stored, FieldInfos fieldInfos) {
      super(builder);
      this.texts = texts;
      this.stored = stored;
      this.fieldInfos = fieldInfos;
    }

    /** Words are scored in the prose, which holds every word of the body: they mark the body too. */
    @Override
    protected Predicate<String> getFieldMatcher(String field) {
      return field.equals(Schema.BODY) ? name -> name.equals(field) || name.equals(Schema.PROSE) : field::equals;
    }

    /** Each word's postings are looked up once per segment, not once per hit. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return source == OffsetSource.POSTINGS ? new ForwardPostingsOffsets(components)
          : super.getOffsetStrategy(source, components);
    }

    @Override
    protected FieldInfo getFieldInfo(String field) {
      return fieldInfos.fieldInfo(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        HitText text = texts.get(doc);
        CharSequence[] row = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          row[f] = fields[f].equals(Schema.CODE)
              ? Objects.requireNonNullElse(stored.document(doc, CODE).get(Schema.CODE), "") : text.body();
        }
        values.add(row);
      }
      return values;
    }
  }
}
