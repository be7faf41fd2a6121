package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentListing;
import org.blogsearch.content.Namesakes;
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
    int failed = 0;
    for (Site site : options.sites()) {
      failed = Math.max(failed, check(site));
    }
    return failed;
  }

  private int check(Site site) throws Exception {
    ContentFolder content = site.settings().contentFolder();
    ContentListing listing = content.list();
    List<String> files = listing.files();
    ShortRunCompiler.forRunOf(files.size());
    List<Problem> problems = new ArrayList<>(listing.problems());
    // Files are read on every core, as the indexer reads them; the problems keep the files' order.
    List<ReadOutcome> read = files.parallelStream().map(content::read).toList();
    List<Checked> checked = read.stream().map(CheckCommand::checked).toList();
    List<ReadOutcome.KeptOut> keptOut = new ArrayList<>(listing.excluded());
    read.stream().filter(ReadOutcome.KeptOut.class::isInstance).map(ReadOutcome.KeptOut.class::cast)
        .forEach(keptOut::add);
    keptOut.sort(Comparator.comparing(ReadOutcome.KeptOut::path));
    checked.forEach(file -> problems.addAll(file.problems()));
    problems.addAll(Namesakes.among(checked.stream().flatMap(file -> file.address().stream()).toList()));
    PrintWriter out = spec.commandLine().getOut();
    long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    problems.forEach(p -> out.println(p.severity() == Problem.Severity.ERROR ? p : p.path() + ":" + p.line()
        + ": warning: " + p.message()));
    // Not problems: the author's own choice, named so that a page missing from search is explained.
    keptOut.forEach(k -> out.println(site.label() + k.path() + ": kept out of search (" + k.reason() + ")"));
    out.printf("%s%d files checked: %d errors, %d warnings, %d kept out of search%n", site.label(), files.size() + listing.excluded()
        .size(), errors, problems.size() - errors, keptOut.size());
    out.flush();
    return errors > 0 ? 1 : 0;
  }

  /** What one file gave: its problems, and where its post is found when it is one. */
  private record Checked(List<Problem> problems, Optional<Namesakes.Address> address) {}

  private static Checked checked(ReadOutcome outcome) {
    return switch (outcome) {
      case ReadOutcome.Accepted accepted -> new Checked(accepted.warnings(), Optional.of(
          new Namesakes.Address(accepted.path(), accepted.post().slug(), accepted.post().url())));
      case ReadOutcome.Rejected rejected -> new Checked(List.of(rejected.problem()), Optional.empty());
      case ReadOutcome.Unpublished unpublished -> new Checked(List.of(), Optional.empty());
      case ReadOutcome.NotAPost notAPost -> new Checked(List.of(), Optional.empty());
      case ReadOutcome.KeptOut keptOut -> new Checked(List.of(), Optional.empty());
    };
  }
}
