package org.blogsearch.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The order of hits. */
public enum SortOrder {
  /** Best match first; for a query without words (empty, or only filters), newest first. */
  RELEVANCE,
  /** Newest first; posts without a date last. */
  DATE;

  /** Reads {@code relevance} or {@code date}, in any case. */
  public static SortOrder parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("sort must be one of " + names() + ", not '" + text + "'");
    }
  }

  private static String names() {
    return Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" or "));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
