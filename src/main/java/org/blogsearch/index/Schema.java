package org.blogsearch.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LateInteractionField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * Every field of the index: its name, how it is indexed and why, and the one analyzer used for it at
 * index time, query time and in the highlighter.
 */
public final class Schema {

  /** Bumped whenever a field changes meaning, so an old index is rebuilt instead of misread. */
  public static final String VERSION = "11";

  /** The source path: the unique key for updates, and the tie-breaker that keeps paging stable. */
  public static final String ID = "id";
  /** SHA-256 of the file's bytes, so an unchanged file is not read again. */
  public static final String HASH = "hash";
  /** Exact slug, for lookups by slug. */
  public static final String SLUG = "slug";
  /** Exact URL: shown, never searched, only matched to keep a post's namesakes out of its related posts. */
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String HEADINGS = "headings";
  /** The prose, where snippets come from. */
  public static final String BODY = "body";
  /** Code blocks, weighted low; a snippet shows them only when the words are nowhere else. */
  public static final String CODE = "code";
  /** Link and image addresses and template tag arguments: searchable, weighted lowest. */
  public static final String MARKUP = "markup";
  /**
   * Every word a reader sees (title, headings, tags, summary, body) as written, without stems or
   * frequencies: the vocabulary that typo tolerance, did-you-mean and completions draw from.
   */
  public static final String WORDS = "words";
  /**
   * Every prose field in one, each repeated as often as it weighs: what a word is scored in (BM25F
   * computed at index time). One term per word to match instead of one per field, with the
   * per-block score bounds that let a search skip posts that cannot make the first page.
   */
  public static final String PROSE = "prose";
  /** Tags and categories as words, so a plain query finds a post by its tags. */
  public static final String LABELS = "labels";
  /** Normalized tags: filters and facet counts. */
  public static final String TAG = "tag";
  /** Tags as written, for display. */
  public static final String TAG_DISPLAY = "tag_display";
  public static final String CATEGORY_DISPLAY = "category_display";
  /** The post's language code, exact, when known. */
  public static final String LANGUAGE = "language";
  /** Epoch day of the written calendar date: points for ranges, doc values for sorting. */
  public static final String DATE = "date";
  /**
   * Epoch millisecond from which a post indexed ahead of its date may be served: points, so that
   * searches leave it out until then, and stored, so that an index run can say what waits.
   */
  public static final String PUBLISHES = "publishes";
  /** Epoch millisecond of the post's expiry, when it has one: searches leave out what has expired. */
  public static final String EXPIRES = "expires";
  /** The date's year as text, for year facet counts. */
  public static final String YEAR = "year";
  /**
   * What a post is about, as the vector of its title, summary and opening, when the index is built
   * with {@code --semantic}: searches and related posts look for the nearest ones.
   */
  public static final String MEANING = "meaning";
  /** The vectors of a post's passages, its opening's first ({@link #passages}). */
  public static final String PASSAGES = "passages";

  /** Stored, tokenized, with offsets in the postings: what snippets are cut from, without re-analysis. */
  static final FieldType SNIPPET_SOURCE = snippetSource();
  /** Scored by frequency and length, never shown, never matched as a phrase. */
  static final FieldType SCORED_ONLY = scoredOnly();
  /** Which posts hold a word, and nothing more: a vocabulary, never scored by frequency. */
  static final FieldType VOCABULARY = vocabulary();

  /**
   * The prose a reader sees, scored as one text (BM25F): a word in the title counts as four in the
   * body, and so does the title's length. Whole repetitions, as the {@link #PROSE} field holds them.
   */
  private static final Map<String, Integer> PROSE_REPEATS = Map.of(
      TITLE, 4, LABELS, 3, HEADINGS, 2, SUMMARY, 2, BODY, 1);
  private static final Map<String, Float> PROSE_WEIGHTS = Map.copyOf(PROSE_REPEATS.entrySet().stream()
      .collect(Collectors.toMap(Map.Entry::getKey, field -> (float) field.getValue())));
  /**
   * Code and addresses, scored apart and below the prose: their length must not make the prose of a
   * post count as longer, and a match there says less about what the post is about.
   */
  private static final Map<String, Float> ASIDE_WEIGHTS = Map.of(CODE, 0.5f, MARKUP, 0.3f);
  /** In a fixed order, so a word's score adds up the same way in every run. */
  private static final Map<String, Float> SCORED_WEIGHTS = scoredWeights();
  private static final Map<String, Float> WEIGHTS = merged(PROSE_WEIGHTS, ASIDE_WEIGHTS);
  private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(
      new PostAnalyzer(true, Set.of(TITLE, SUMMARY, HEADINGS, BODY, LABELS)), Map.of(
      WORDS, new PostAnalyzer(false, Set.of()),
      ID, new KeywordAnalyzer(), SLUG, new KeywordAnalyzer(), TAG, new KeywordAnalyzer()));

  private Schema() {}

  /** The analyzer for every field; thread-safe. */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /**
   * The fields a plain word is looked for in, with the weight a match there carries: a title says
   * most about what a post is about, code and addresses least. Measured on known-item query sets,
   * where lowering the title weight helped passages as much as it hurt titles.
   */
  public static Map<String, Float> searchedFields() {
    return WEIGHTS;
  }

  /**
   * The fields a plain word is scored in, with the weight a match there carries: the prose as one
   * text, and apart from it, below it, code and addresses.
   */
  public static Map<String, Float> scoredFields() {
    return SCORED_WEIGHTS;
  }

  /** How many times each prose field is repeated in {@link #PROSE}. */
  static Map<String, Integer> proseRepeats() {
    return PROSE_REPEATS;
  }

  private static Map<String, Float> scoredWeights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(PROSE, 1f);
    weights.put(CODE, ASIDE_WEIGHTS.get(CODE));
    weights.put(MARKUP, ASIDE_WEIGHTS.get(MARKUP));
    return Collections.unmodifiableMap(weights);
  }

  private static Map<String, Float> merged(Map<String, Float> first, Map<String, Float> second) {
    Map<String, Float> all = new HashMap<>(first);
    all.putAll(second);
    return Map.copyOf(all);
  }

  /**
   * The field of a post's {@link #MEANING}. The model's vectors have unit length, so their dot product
   * is their cosine, at the cost of a dot product. Lucene's default format keeps them in a graph
   * (HNSW), which a search for the nearest hundred among a blog's few thousand posts walks in well
   * under a millisecond; a filter that leaves few posts makes it compare them all instead.
   */
  public static KnnFloatVectorField meaning(float[] vector) {
    return new KnnFloatVectorField(MEANING, vector, VectorSimilarityFunction.DOT_PRODUCT);
  }

  /**
   * The field of a post's {@link #PASSAGES}: kept as one value per post beside the graph, which holds
   * the openings and finds the posts to rank, so that each of those posts is scored by its best
   * passage, and a post, not a passage, is what a search finds.
   */
  public static LateInteractionField passages(float[][] vectors) {
    return new LateInteractionField(PASSAGES, vectors);
  }

  /** The form a tag is stored and matched in, so {@code Java} and {@code java} are one tag. */
  public static String normalizeTag(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT);
  }

  private static FieldType scoredOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  private static FieldType vocabulary() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType snippetSource() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
