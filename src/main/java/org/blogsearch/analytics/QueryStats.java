package org.blogsearch.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What readers searched for over a period, read from the query log: the queries asked most, and
 * those asked most that found nothing, which tell a blogger what to write or which words to use.
 *
 * @param since the start of the period
 * @param searches how many searches the period holds
 * @param zeroResultSearches how many of them found nothing
 * @param top the queries asked most, most asked first
 * @param topZeroResults the queries that found nothing asked most, most asked first
 */
public record QueryStats(Instant since, long searches, long zeroResultSearches, List<Count> top,
    List<Count> topZeroResults) {

  /** A query and how many times it was asked. */
  public record Count(String query, long count) {}

  private static final Comparator<Map.Entry<String, Long>> MOST_ASKED =
      Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  /** Reads the log in {@code folder} from {@code since} on, keeping the {@code top} queries of each list. */
  public static QueryStats read(Path folder, Instant since, int top) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no query log at " + folder + "; serve keeps one there unless it runs with --no-query-log");
    }
    Map<String, Long> asked = new HashMap<>();
    Map<String, Long> unanswered = new HashMap<>();
    LocalDate firstDay = LocalDate.ofInstant(since, ZoneOffset.UTC);
    long searches = 0;
    long zeroResults = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        LocalDate day = DailyQueryLog.dayOf(file);
        if (day == null || day.isBefore(firstDay)) {
          continue;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            LoggedQuery query = LoggedQuery.parse(line).orElse(null);
            if (query == null || query.minute().isBefore(since)) {
              continue;
            }
            searches++;
            asked.merge(query.query(), 1L, Long::sum);
            if (query.results() == 0) {
              zeroResults++;
              unanswered.merge(query.query(), 1L, Long::sum);
            }
          }
        }
      }
    }
    return new QueryStats(since, searches, zeroResults, most(asked, top), most(unanswered, top));
  }

  private static List<Count> most(Map<String, Long> counts, int top) {
    return counts.entrySet().stream().sorted(MOST_ASKED).limit(top)
        .map(e -> new Count(e.getKey(), e.getValue())).toList();
  }
}
