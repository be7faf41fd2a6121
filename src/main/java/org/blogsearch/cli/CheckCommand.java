package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentListing;
import org.blogsearch.content.Problem;
import org.blogsearch.content.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code blogsearch check}: reads every post without indexing and reports each problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate every post; print each problem as path:line: reason; exit 1 if a file cannot be indexed.")
final class CheckCommand implements Callable<Integer> {

  @Mixin ContentOptionsMixin options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ContentFolder content = options.settings().contentFolder();
    ContentListing listing = content.list();
    List<String> files = listing.files();
    ShortRunCompiler.forRunOf(files.size());
    List<Problem> problems = new ArrayList<>(listing.problems());
    // Files are read on every core, as the indexer reads them; the problems keep the files' order.
    problems.addAll(files.parallelStream().flatMap(file -> problems(content.read(file)).stream()).toList());
    PrintWriter out = spec.commandLine().getOut();
    long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    problems.forEach(p -> out.println(p.severity() == Problem.Severity.ERROR ? p : p.path() + ":" + p.line()
        + ": warning: " + p.message()));
    out.printf("%d files checked: %d errors, %d warnings%n", files.size(), errors, problems.size() - errors);
    out.flush();
    return errors > 0 ? 1 : 0;
  }

  private static List<Problem> problems(ReadOutcome outcome) {
    return switch (outcome) {
      case ReadOutcome.Accepted accepted -> accepted.warnings();
      case ReadOutcome.Rejected rejected -> List.of(rejected.problem());
      case ReadOutcome.Unpublished unpublished -> List.of();
      case ReadOutcome.NotAPost notAPost -> List.of();
    };
  }
}
