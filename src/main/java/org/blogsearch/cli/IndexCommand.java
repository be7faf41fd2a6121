package org.blogsearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.blogsearch.engine.IndexProgress;
import org.blogsearch.engine.IndexSummary;
import org.blogsearch.semantic.Embedder;
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
  public Integer call() throws IOException {
    List<Site> sites = options.sites();
    Optional<Embedder> meaning = options.meaning();
    try {
      return index(sites, meaning);
    } finally {
      meaning.ifPresent(Embedder::close);
    }
  }

  private int index(List<Site> sites, Optional<Embedder> meaning) throws IOException {
    if (sites.size() == 1) {
      index(sites.getFirst(), meaning);
      return 0;
    }
    // One blog's broken folder must not keep the others' posts from their readers.
    int failed = 0;
    for (Site site : sites) {
      try {
        index(site, meaning);
      } catch (IOException | UncheckedIOException e) {
        spec.commandLine().getErr().println(site.label() + "not indexed: " + e.getMessage());
        failed++;
      }
    }
    if (failed > 0) {
      spec.commandLine().getErr().printf("%d of %d sites could not be indexed%n", failed, sites.size());
      return 1;
    }
    return 0;
  }

  private void index(Site site, Optional<Embedder> meaning) throws IOException {
    Settings settings = site.settings();
    IndexProgress shown = ProgressReporter.to(spec.commandLine().getErr(), quiet);
    IndexSummary summary = settings.indexer(meaning).index(full, new IndexProgress() {
      @Override
      public void filesFound(int total) {
        ShortRunCompiler.forRunOf(total);
      }

      @Override
      public void rebuilding() {
        shown.rebuilding();
      }

      @Override
      public void filesDone(int done, int total) {
        shown.filesDone(done, total);
      }
    });
    if (quiet) {
      summary.errors().forEach(problem -> spec.commandLine().getErr().println(site.label() + problem));
    } else {
      spec.commandLine().getOut().print(site.label());
      SummaryPrinter.print(summary, settings, spec.commandLine().getOut());
    }
  }
}
