import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.Version;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.content.Post;
import org.blogsearch.content.ReadOutcome;
import org.blogsearch.eval.EvalSet;
import org.blogsearch.eval.Evaluation;
import org.blogsearch.eval.Judgments;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.StageTimes;

/**
 * The bare-Lucene baseline blogsearch compares itself with: Anserini's BEIR BM25 setup, on the same
 * posts. Each post that `blogsearch index` would index (read by blogsearch's own content reader, so
 * drafts, future and expired posts and files that are not posts are skipped the same way) becomes one
 * document of an in-memory index: one field, title + "\n" + body, EnglishAnalyzer, BM25 k1 0.9 b 0.4.
 * A query is the OR of its analyzed words; the top 10 count.
 *
 * <p>For each query set it prints MRR@10 and nDCG@10, scored by `blogsearch eval`'s own code, and the
 * latency of one query in-process on one thread (analysis, search of the top 10, reading the 10 hits'
 * paths): every query of the set 20 times to warm up (the JIT compiler is slow to settle), then 10
 * times measured; p50 and p99 of those.
 * A last line gives the latency over the multi-word queries of all sets (2+ words, or 2+ Han
 * characters), the workload src/bench/report.sh sends over HTTP.
 *
 * <p>Sets: in EVAL_DIR each NAME.tsv is a known-item set (QUERY TAB SOURCE_PATH [TAB TITLE]), except
 * NAME-queries.tsv (ID TAB QUERY) beside NAME-judgments.txt (ID 0 SOURCE_PATH GRADE), which make one
 * judged set NAME. A set's posts are the folder of CORPORA_DIR with the longest name that begins the
 * set's name.
 *
 * <p>Run from the project folder, after `mvn package`:
 *
 * <pre>java -cp target/blogsearch.jar src/bench/BareLucene.java [EVAL_DIR] [CORPORA_DIR] [--corpus NAME] [--out FILE]</pre>
 *
 * Defaults: ../shared/eval and ../shared/corpora. --corpus keeps the sets of one corpus folder; --out
 * also writes the table as TSV (set, queries, mrr10, ndcg10, p50_ms, p99_ms) for other reports.
 */
public final class BareLucene {

  static final String CONTENTS = "contents";
  static final String PATH = "path";
  static final int DEPTH = 10;
  static final int WARM_UP_ROUNDS = 20;
  static final int ROUNDS = 10;

  record Row(String set, int queries, double mrr, double ndcg, double p50, double p99) {}

  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>();
    String only = null;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> only = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        default -> positional.add(args[i]);
      }
    }
    Path evalDir = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/eval");
    Path corporaDir = Path.of(positional.size() > 1 ? positional.get(1) : "../shared/corpora");
    String corpusName = only;
    List<EvalSet> sets = EvalSet.in(evalDir, corporaDir).stream()
        .filter(s -> corpusName == null || s.corpus().getFileName().toString().equals(corpusName))
        .toList();
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("no query sets in " + evalDir + (only == null ? "" : " for " + only));
    }

    Analyzer analyzer = new EnglishAnalyzer();
    Similarity bm25 = new BM25Similarity(0.9f, 0.4f);
    QueryBuilder queries = new QueryBuilder(analyzer);
    Map<Path, IndexSearcher> indexes = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Long> multiWord = new ArrayList<>();
    System.out.printf("Bare Lucene %s, Anserini's BEIR BM25 setup: one field title + body, EnglishAnalyzer,"
        + " BM25 k1 0.9 b 0.4, OR of the analyzed words, top %d. Latency in-process, one thread,"
        + " %d warm-up + %d measured rounds of every query.%n%n", Version.LATEST, DEPTH, WARM_UP_ROUNDS, ROUNDS);
    System.out.println("| set | queries | MRR@10 | nDCG@10 | p50 ms | p99 ms |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (EvalSet set : sets) {
      if (!indexes.containsKey(set.corpus())) {
        indexes.put(set.corpus(), index(set.corpus(), analyzer, bm25, notes));
      }
      IndexSearcher searcher = indexes.get(set.corpus());
      Judgments judgments = set.judged();
      List<Judgments.Judged> judged = judgments.queries();
      Evaluation.Scores scores = Evaluation.run(new Bm25Engine(searcher, queries), judgments);
      long[][] nanos = time(judged, text -> top10(searcher, queries, text));
      for (int q = 0; q < judged.size(); q++) {
        if (isMultiWord(judged.get(q).query())) {
          Arrays.stream(nanos[q]).forEach(multiWord::add);
        }
      }
      long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
      Row row = new Row(set.name(), judged.size(), scores.mrr(), scores.ndcg(), percentile(all, 0.50),
          percentile(all, 0.99));
      rows.add(row);
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
          row.set(), row.queries(), row.mrr(), row.ndcg(), row.p50(), row.p99());
      if (judged.stream().anyMatch(j -> hanCharacters(j.query()) > 0)) {
        notes.add(set.name() + ": Han script; EnglishAnalyzer's StandardTokenizer makes each Han character"
            + " a word, so a query is an OR of character unigrams.");
      }
    }
    long[] summary = multiWord.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "| all multi-word queries | %d | | | %.3f | %.3f |%n",
        summary.length / ROUNDS, percentile(summary, 0.50), percentile(summary, 0.99));
    System.out.println();
    notes.forEach(note -> System.out.println("- " + note));

    if (out != null) {
      List<String> lines = new ArrayList<>(List.of("set\tqueries\tmrr10\tndcg10\tp50_ms\tp99_ms"));
      rows.forEach(r -> lines.add(String.format(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%.3f\t%.3f",
          r.set(), r.queries(), r.mrr(), r.ndcg(), r.p50(), r.p99())));
      Files.write(out, lines);
    }
  }

  /** Indexes the posts blogsearch would index: the published ones ({@code Accepted}), nothing else. */
  static IndexSearcher index(Path corpus, Analyzer analyzer, Similarity similarity, List<String> notes)
      throws IOException {
    ContentFolder folder = new ContentFolder(corpus, ContentOptions.defaults());
    List<String> files = folder.list().files();
    List<Post> posts = files.parallelStream().map(folder::read)
        .<Post>mapMulti((outcome, posted) -> {
          if (outcome instanceof ReadOutcome.Accepted accepted) {
            posted.accept(accepted.post());
          }
        })
        .toList();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
      for (Post post : posts) {
        Document doc = new Document();
        doc.add(new StringField(PATH, post.path(), Field.Store.YES));
        doc.add(new TextField(CONTENTS, post.title() + "\n" + post.body(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    notes.add(corpus.getFileName() + ": " + posts.size() + " posts indexed of " + files.size() + " Markdown files.");
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    searcher.setSimilarity(similarity);
    return searcher;
  }

  /** The source paths of the top 10 for the OR of the query's analyzed words. */
  static List<String> top10(IndexSearcher searcher, QueryBuilder queries, String text) throws IOException {
    Query query = queries.createBooleanQuery(CONTENTS, text, Occur.SHOULD);
    if (query == null) {
      return List.of(); // no word left after analysis
    }
    ScoreDoc[] hits = searcher.search(query, DEPTH).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<String> paths = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      paths.add(stored.document(hit.doc).get(PATH));
    }
    return paths;
  }

  interface Search {
    List<String> top10(String query) throws IOException;
  }

  /**
   * The bare index as a search engine, so that `blogsearch eval`'s own scoring judges it: a hit is
   * its source path, which is all a judgment names.
   */
  record Bm25Engine(IndexSearcher searcher, QueryBuilder queries) implements SearchEngine {
    @Override
    public SearchResults search(SearchRequest request) throws IOException {
      List<SearchHit> hits = top10(searcher, queries, request.query()).stream()
          .map(path -> new SearchHit(path, path, path, path, Optional.empty(), List.of(), List.of(), "", 0f))
          .toList();
      return new SearchResults(request, hits.size(), StageTimes.none(), hits, List.of(), List.of(),
          Optional.empty(), List.of());
    }

    @Override
    public List<String> suggest(String text, int size) {
      return List.of();
    }

    @Override
    public Optional<List<SearchHit>> related(String slug, int size) {
      return Optional.empty();
    }

    @Override
    public List<FacetCount> tags() {
      return List.of();
    }

    @Override
    public IndexStatus status() {
      throw new UnsupportedOperationException("a bare index has no status");
    }

    @Override
    public void close() {}
  }

  /** Nanoseconds of each measured round of each query, after the warm-up rounds. */
  static long[][] time(List<Judgments.Judged> judged, Search search) throws IOException {
    long[][] nanos = new long[judged.size()][ROUNDS];
    for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
      for (int q = 0; q < judged.size(); q++) {
        long start = System.nanoTime();
        search.top10(judged.get(q).query());
        long took = System.nanoTime() - start;
        if (round >= 0) {
          nanos[q][round] = took;
        }
      }
    }
    return nanos;
  }

  /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
  }

  /** Two or more words, or two or more Han characters (each a word to a CJK tokenizer). */
  static boolean isMultiWord(String query) {
    return query.strip().split("\\s+").length > 1 || hanCharacters(query) > 1;
  }

  static long hanCharacters(String text) {
    return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
  }
}
