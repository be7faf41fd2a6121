package org.blogsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blogsearch.analytics.QueryStats;
import org.blogsearch.web.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code blogsearch stats}: what readers searched for, from the query log a server keeps. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Show the queries searched most, and those searched most that found nothing, over a period.")
final class StatsCommand implements Callable<Integer> {

  private static final Pattern DAYS = Pattern.compile("(\\d+)d");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index whose query log to read (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--query-log-dir", paramLabel = "DIR",
      description = "Folder of the query log (default: beside the index folder, named after it: index-queries).")
  Path queryLog;

  @Option(names = "--since", paramLabel = "PERIOD", defaultValue = "30d",
      description = "Since how long: 7d, 30d (days back from now) or a date, YYYY-MM-DD in UTC (default: ${DEFAULT-VALUE}).")
  String since;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "How many queries each list shows (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print the counts as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  /** The JSON of {@code --json}: the period's start, the counts and the two lists. */
  record StatsResponse(String since, long searches, long zeroResultSearches, List<QueryStats.Count> top,
      List<QueryStats.Count> topZeroResults) {}

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be 1 or more, not " + top);
    }
    Path folder = queryLog != null ? queryLog : Settings.queryLogBeside(index);
    QueryStats stats = QueryStats.read(folder, start(), top);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(new StatsResponse(stats.since().toString(), stats.searches(), stats.zeroResultSearches(),
          stats.top(), stats.topZeroResults())));
    } else {
      print(stats, out);
    }
    out.flush();
    return 0;
  }

  /** The start of the period {@code --since} names. */
  private Instant start() {
    Matcher days = DAYS.matcher(since.strip());
    if (days.matches()) {
      return clock.instant().minus(Duration.ofDays(Long.parseLong(days.group(1)))).truncatedTo(ChronoUnit.MINUTES);
    }
    try {
      return LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "--since is a number of days such as 7d or a date written YYYY-MM-DD, not '" + since + "'");
    }
  }

  private static void print(QueryStats stats, PrintWriter out) {
    out.printf(Locale.ROOT, "%d searches since %s, %d of them found nothing%n", stats.searches(),
        MINUTE.format(stats.since()), stats.zeroResultSearches());
    list("Searched most:", stats.top(), out);
    list("Searched most that found nothing:", stats.topZeroResults(), out);
  }

  private static void list(String title, List<QueryStats.Count> counts, PrintWriter out) {
    out.println();
    out.println(title);
    if (counts.isEmpty()) {
      out.println("  (none)");
    }
    int width = counts.stream().mapToInt(c -> Long.toString(c.count()).length()).max().orElse(1);
    counts.forEach(c -> out.printf(Locale.ROOT, "  %" + width + "d  %s%n", c.count(), c.query()));
  }
}
