package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.blogsearch.analytics.DailyQueryLog;
import org.blogsearch.analytics.QueryLog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Whether and where a server keeps the log of searches that {@code blogsearch stats} reads. */
final class QueryLogOptionsMixin {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--query-log", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Keep a log of searches for blogsearch stats: the words, the posts found and the minute, "
          + "never who searched. --no-query-log keeps none (default: kept).")
  boolean enabled;

  @Option(names = "--query-log-dir", paramLabel = "DIR",
      description = "Folder of the query log (default: beside the index folder, named after it: index-queries).")
  Path folder;

  private int keepDays;

  @Option(names = "--query-log-days", paramLabel = "DAYS", defaultValue = "90",
      description = "Delete the log of searches older than this many days (default: ${DEFAULT-VALUE}).")
  void keepDays(int days) {
    if (days < 1) {
      throw new ParameterException(spec.commandLine(), "--query-log-days must be 1 or more, not " + days);
    }
    keepDays = days;
  }

  /** Opens the log for the index of {@code settings}, saying on {@code out} where it is kept, if at all. */
  QueryLog open(Settings settings, PrintWriter out) throws IOException {
    if (!enabled) {
      out.println("Keeping no query log (--no-query-log)");
      return QueryLog.OFF;
    }
    Path where = folder(settings.index());
    QueryLog log = DailyQueryLog.open(where, keepDays, Clock.systemUTC());
    out.println("Keeping the query log in " + where + " for " + keepDays + " days (no addresses; see blogsearch stats)");
    return log;
  }

  Path folder(Path index) {
    return folder != null ? folder : Settings.queryLogBeside(index);
  }
}
