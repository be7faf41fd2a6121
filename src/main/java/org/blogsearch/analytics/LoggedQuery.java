package org.blogsearch.analytics;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of the query log: the minute of a search, how many posts it found and its text, trimmed,
 * in lower case, with every run of white space or control characters made one space, so that what
 * readers typed the same way counts as one query and the line holds no tab, line break or terminal
 * escape of the reader's.
 */
record LoggedQuery(Instant minute, long results, String query) {

  /** White space, and control characters (NUL, escape sequences), which a log must never hold. */
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

  LoggedQuery {
    minute = minute.truncatedTo(ChronoUnit.MINUTES);
    query = SPACE.matcher(query).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  String line() {
    return minute + "\t" + results + "\t" + query;
  }

  /** The line read back; empty for a line that is not one of ours, such as one cut off by a crash. */
  static Optional<LoggedQuery> parse(String line) {
    String[] parts = line.split("\t", 3);
    if (parts.length < 3 || parts[2].isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LoggedQuery(Instant.parse(parts[0]), Long.parseLong(parts[1]), parts[2]));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
