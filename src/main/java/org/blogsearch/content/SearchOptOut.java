package org.blogsearch.content;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a page's front matter keeps it out of search, and how it says so: {@code search = false};
 * Hugo's {@code build.list = "never"} (also {@code _build}, and the older {@code list = false}), which
 * keeps a page out of every list of the site; {@code noindex = true}; or a {@code robots} value holding
 * {@code noindex}, which asks search engines to leave the page out and is honoured here too.
 */
final class SearchOptOut {

  private SearchOptOut() {}

  /** The setting that keeps the page out, as written, if one does. */
  static Optional<String> of(FrontMatter frontMatter, Warnings warnings) {
    if (!frontMatter.flag("search", warnings).orElse(true)) {
      return Optional.of("search = false");
    }
    for (String table : new String[] {"build", "_build"}) {
      Optional<String> list = frontMatter.list(table, "list").stream().findFirst()
          .map(value -> value.toLowerCase(Locale.ROOT));
      if (list.filter(value -> value.equals("never") || value.equals("false")).isPresent()) {
        return Optional.of(table + ".list = " + list.get());
      }
    }
    if (frontMatter.flag("noindex", warnings).orElse(false)) {
      return Optional.of("noindex = true");
    }
    return frontMatter.text("robots")
        .filter(robots -> robots.toLowerCase(Locale.ROOT).contains("noindex"))
        .map(robots -> "robots = " + robots);
  }
}
