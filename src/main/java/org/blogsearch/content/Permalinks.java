package org.blogsearch.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a post's URL from the site's permalink pattern, such as {@code /:section/:slug/} or
 * {@code /:year/:month/:day/:slug/}.
 */
final class Permalinks {

  private final List<String> segments;
  private final boolean leadingSlash;
  private final boolean trailingSlash;

  Permalinks(String pattern) {
    this.leadingSlash = pattern.isEmpty() || pattern.startsWith("/");
    this.trailingSlash = pattern.endsWith("/");
    List<String> parts = new ArrayList<>();
    for (String part : pattern.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    this.segments = List.copyOf(parts);
  }

  /** The URL of a post; segments that come out empty (no section, no date) are dropped. */
  String url(String section, String slug, Optional<LocalDate> date) {
    var url = new StringBuilder();
    for (String segment : segments) {
      boolean needsDate =
          segment.contains(":year") || segment.contains(":month") || segment.contains(":day");
      if (needsDate && date.isEmpty()) {
        continue;
      }
      String value = substitute(segment, section, slug, date);
      if (!value.isEmpty()) {
        url.append('/').append(value);
      }
    }
    if (url.isEmpty()) {
      return "/";
    }
    String text = leadingSlash ? url.toString() : url.substring(1);
    return trailingSlash ? text + "/" : text;
  }

  /** A front matter {@code url} (or Zola {@code path}) as a site path: always rooted. */
  static String fromFrontMatter(String url) {
    if (url.startsWith("/") || url.contains("://")) {
      return url;
    }
    return "/" + url;
  }

  private static final List<String> TOKENS = List.of(":section", ":slug", ":year", ":month", ":day");

  // One pass, so that a slug which happens to contain ":year" is not substituted again.
  private static String substitute(
      String segment, String section, String slug, Optional<LocalDate> date) {
    var out = new StringBuilder();
    int i = 0;
    while (i < segment.length()) {
      String token = segment.charAt(i) == ':' ? tokenAt(segment, i) : "";
      if (token.isEmpty()) {
        out.append(segment.charAt(i++));
        continue;
      }
      out.append(
          switch (token) {
            case ":section" -> section;
            case ":slug" -> slug;
            case ":year" -> date.map(d -> String.format("%04d", d.getYear())).orElse("");
            case ":month" -> date.map(d -> String.format("%02d", d.getMonthValue())).orElse("");
            default -> date.map(d -> String.format("%02d", d.getDayOfMonth())).orElse("");
          });
      i += token.length();
    }
    return out.toString();
  }

  private static String tokenAt(String segment, int at) {
    for (String token : TOKENS) {
      if (segment.startsWith(token, at)) {
        return token;
      }
    }
    return "";
  }
}
