package org.blogsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.blogsearch.eval.Evaluation;
import org.blogsearch.eval.Judgments;
import org.blogsearch.search.SearchEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blogsearch eval}: measures how well the index answers a set of judged queries. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run judged queries through the search and print MRR@10 and nDCG@10.",
    footer = {"", "QUERIES is a known-item set (QUERY<TAB>SOURCE_PATH per line), or with --judgments a file",
        "of ID<TAB>QUERY lines judged by ID 0 SOURCE_PATH GRADE lines. SOURCE_PATH is relative to the",
        "content folder the index was built from."})
final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERIES", description = "The query set.")
  Path queries;

  @Option(names = "--judgments", paramLabel = "FILE", description = "Graded judgments for QUERIES.")
  Path judgments;

  @Mixin IndexOptionMixin location;

  @Option(names = "--misses", description = "Also list every query whose answer was not ranked first.")
  boolean misses;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Judgments set = judgments == null ? Judgments.knownItems(queries) : Judgments.graded(queries, judgments);
    PrintWriter out = spec.commandLine().getOut();
    try (SearchEngine engine = location.engine()) {
      Evaluation.Scores scores = Evaluation.run(engine, set);
      out.printf(Locale.ROOT, "%s: %d queries, MRR@10 %.3f, nDCG@10 %.3f%n", queries.getFileName(),
          scores.queries(), scores.mrr(), scores.ndcg());
      if (misses) {
        scores.misses().forEach(miss -> out.printf(Locale.ROOT, "  %s  rank %s  %s%n", miss.query(),
            miss.rank() == 0 ? "-" : Integer.toString(miss.rank()), miss.expected()));
      }
    }
    out.flush();
    return 0;
  }
}
