package org.blogsearch.cli;

import java.util.concurrent.Callable;
import org.blogsearch.index.IndexProgress;
import org.blogsearch.index.IndexSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blogsearch index}: brings the index in line with the content folder. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Bring the index in line with the content folder (only changed posts unless --full).")
final class IndexCommand implements Callable<Integer> {

  @Mixin ContentOptionsMixin options;

  @Option(names = "--full", description = "Rebuild every post instead of only the changed ones.")
  boolean full;

  @Option(names = {"-q", "--quiet"},
      description = "Print no progress and no summary, only files that could not be indexed.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = options.settings();
    IndexProgress shown = ProgressReporter.to(spec.commandLine().getErr(), quiet);
    IndexSummary summary = settings.index(full, new IndexProgress() {
      @Override
      public void filesFound(int total) {
        ShortRunCompiler.forRunOf(total);
      }

      @Override
      public void filesDone(int done, int total) {
        shown.filesDone(done, total);
      }
    });
    if (quiet) {
      summary.errors().forEach(problem -> spec.commandLine().getErr().println(problem));
    } else {
      SummaryPrinter.print(summary, settings, spec.commandLine().getOut());
    }
    return 0;
  }
}
