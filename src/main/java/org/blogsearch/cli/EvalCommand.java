package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.eval.Baseline;
import org.blogsearch.eval.EvalSet;
import org.blogsearch.eval.Evaluation;
import org.blogsearch.eval.Judgments;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.SemanticModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blogsearch eval}: measures how well the index answers sets of judged queries. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run judged queries through the search and print MRR@10 and nDCG@10.",
    footer = {"", "QUERIES is a known-item set (QUERY<TAB>SOURCE_PATH per line), or with --judgments a file",
        "of ID<TAB>QUERY lines judged by ID 0 SOURCE_PATH GRADE lines. SOURCE_PATH is relative to the",
        "content folder the index was built from.",
        "",
        "QUERIES may also be a folder of sets: every .tsv in it is a known-item set, except NAME-queries.tsv",
        "beside NAME-judgments.txt, a judged set. Each set runs on the folder of --corpora whose name begins",
        "the set's name, indexed (incrementally) into a folder of the same name under --indexes, or with",
        "--engine solr into the site of that name."})
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERIES", description = "The query set, or a folder of sets.")
  Path queries;

  @Option(names = "--judgments", paramLabel = "FILE", description = "Graded judgments for QUERIES.")
  Path judgments;

  @Mixin IndexOptionMixin location;

  @Option(names = "--corpora", paramLabel = "DIR",
      description = "With a folder of sets: the folder of corpora (default: corpora beside the sets' folder).")
  Path corpora;

  @Option(names = "--indexes", paramLabel = "DIR",
      description = "With a folder of sets: where each corpus is indexed (default: blogsearch-eval in the temp folder).")
  Path indexes;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Scores of another system on the same sets (SET<TAB>QUERIES<TAB>MRR@10<TAB>NDCG@10 after a"
          + " header line), printed beside these.")
  Path baseline;

  @Option(names = "--semantic",
      description = "Index with the model of the add-on too, and run each set twice: by words alone, and by words"
          + " and meaning (its name ending in +meaning).")
  boolean semantic;

  @Option(names = "--misses", description = "Also list every query whose answer was not ranked first.")
  boolean misses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Baseline other = baseline == null ? Baseline.none() : Baseline.read(baseline);
    if (Files.isDirectory(queries)) {
      Path corporaFolder = corpora != null ? corpora : queries.toAbsolutePath().normalize().resolveSibling("corpora");
      Path indexFolder = indexes != null ? indexes : Path.of(System.getProperty("java.io.tmpdir"), "blogsearch-eval");
      out.printf(Locale.ROOT, "%-36s %7s %7s %7s %12s %7s%n", "set", "queries", "MRR@10", "nDCG@10",
          "base MRR@10", "nDCG@10");
      Optional<Embedder> meaning = semantic ? Optional.of(SemanticModel.open(indexFolder)) : Optional.empty();
      try {
        for (EvalSet set : EvalSet.in(queries, corporaFolder)) {
          Path index = indexFolder.resolve(set.corpus().getFileName().toString());
          // On Solr each corpus is a site of its own, named after its folder.
          Settings corpus = new Settings(set.corpus(), index, ContentOptions.defaults(),
              location.engine.choice().forSite(set.corpus().getFileName().toString()));
          corpus.indexer(meaning).index(false);
          run(out, set.name(), set.judged(), corpus, meaning, other);
        }
      } finally {
        meaning.ifPresent(Embedder::close);
      }
    } else {
      Judgments set = judgments == null ? Judgments.knownItems(queries) : Judgments.graded(queries, judgments);
      Optional<Embedder> meaning = semantic ? Optional.of(SemanticModel.open(location.index)) : Optional.empty();
      try {
        run(out, queries.getFileName().toString(), set, Settings.forIndex(location.index), meaning, other);
      } finally {
        meaning.ifPresent(Embedder::close);
      }
    }
    out.flush();
    return 0;
  }

  /** Runs a set by words alone, and again by words and meaning when a model is given. */
  private void run(PrintWriter out, String name, Judgments set, Settings settings, Optional<Embedder> meaning,
      Baseline other) throws IOException {
    try (SearchEngine engine = settings.engine()) {
      print(out, name, Evaluation.run(engine, set), other);
    }
    if (meaning.isPresent()) {
      try (SearchEngine engine = settings.engine(Duration.ZERO, meaning)) {
        print(out, name.replaceFirst("\\.tsv$", "") + "+meaning", Evaluation.run(engine, set), other);
      }
    }
    out.flush();
  }

  private void print(PrintWriter out, String name, Evaluation.Scores scores, Baseline other) {
    Baseline.Scores base = other.bySet().get(name.replaceFirst("\\.tsv$", ""));
    out.printf(Locale.ROOT, "%-36s %7d %7.3f %7.3f%s%n", name, scores.queries(), scores.mrr(), scores.ndcg(),
        base == null ? "" : String.format(Locale.ROOT, " %12.3f %7.3f", base.mrr(), base.ndcg()));
    if (misses) {
      scores.misses().forEach(miss -> out.printf(Locale.ROOT, "  %s  rank %s  %s%n", miss.query(),
          miss.rank() == 0 ? "-" : Integer.toString(miss.rank()), miss.expected()));
    }
  }
}
