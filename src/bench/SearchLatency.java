import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.SemanticModel;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;

/**
 * blogsearch's own search, in-process: the latency of each query of the given files through the
 * whole search (query, match, hits with snippets, facets) on one thread, without HTTP, beside what
 * BareLucene.java measures for the same queries. Prints p50, p90, p99 and the mean of each stage.
 *
 * <pre>
 * java -cp target/blogsearch.jar src/bench/SearchLatency.java [--semantic] INDEX_DIR QUERY_FILE...
 * </pre>
 *
 * With {@code --semantic}, on an index built with {@code index --semantic}, each search also embeds
 * the query and mixes in the posts nearest in meaning, as {@code serve --semantic} does; the add-on
 * jar must lie beside blogsearch.jar.
 *
 * A query file is a known-item set (QUERY in the first column) or a judged set's NAME-queries.tsv
 * (ID, then the claim). Twenty rounds of every query warm the code up, as in BareLucene.java; the next ten are measured.
 */
public final class SearchLatency {

  private static final int WARM_UP_ROUNDS = 20;
  private static final int MEASURED_ROUNDS = 10;

  public static void main(String[] args) throws IOException {
    boolean semantic = args.length > 0 && args[0].equals("--semantic");
    if (semantic) {
      args = Arrays.copyOfRange(args, 1, args.length);
    }
    if (args.length < 2) {
      System.err.println("usage: java -cp target/blogsearch.jar src/bench/SearchLatency.java [--semantic] INDEX_DIR QUERY_FILE...");
      System.exit(2);
    }
    List<String> queries = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      boolean claims = args[i].endsWith("-queries.tsv");
      for (String line : Files.readAllLines(Path.of(args[i]))) {
        if (!line.isBlank()) {
          queries.add(line.split("\t")[claims ? 1 : 0]);
        }
      }
    }
    Path index = Path.of(args[0]);
    Optional<Embedder> meaning = semantic ? Optional.of(SemanticModel.open(index)) : Optional.empty();
    try (SearchEngine engine = LuceneSearchEngine.open(index, Clock.systemUTC(), Duration.ZERO, meaning)) {
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (String query : queries) {
          engine.search(SearchRequest.of(query));
        }
      }
      long[] nanos = new long[queries.size() * MEASURED_ROUNDS];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      Map<String, Long> stages = new LinkedHashMap<>();
      int n = 0;
      for (int round = 0; round < MEASURED_ROUNDS; round++) {
        for (String query : queries) {
          long start = System.nanoTime();
          SearchResults results = engine.search(SearchRequest.of(query));
          nanos[n++] = System.nanoTime() - start;
          results.took().stages().forEach((stage, took) -> stages.merge(stage, took.toNanos(), Long::sum));
        }
      }
      long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
      Arrays.sort(nanos);
      System.out.printf(Locale.ROOT, "blogsearch in-process, %d queries x %d rounds, one thread: p50 %.3f ms, p90 %.3f ms,"
          + " p99 %.3f ms, mean %.3f ms%n", queries.size(), MEASURED_ROUNDS, ms(nanos[n / 2]), ms(nanos[n * 9 / 10]),
          ms(nanos[n * 99 / 100]), ms(Arrays.stream(nanos).sum() / n));
      int total = n;
      System.out.println("mean per stage: " + String.join(", ", stages.entrySet().stream()
          .map(stage -> String.format(Locale.ROOT, "%s %.3f ms", stage.getKey(), ms(stage.getValue() / total)))
          .toList()));
      // On a busy machine the wall times above wait for the processor; the processor time does not.
      System.out.printf(Locale.ROOT, "processor time per query: %.3f ms%n", ms(cpu / total));
    } finally {
      meaning.ifPresent(Embedder::close);
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
