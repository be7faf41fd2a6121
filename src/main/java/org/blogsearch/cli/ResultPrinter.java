package org.blogsearch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchResults;

/** Prints search results for a person at a terminal: matches in bold there, plain elsewhere. */
final class ResultPrinter {

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private ResultPrinter() {}

  static void print(SearchResults results, PrintWriter out) {
    boolean terminal = Terminal.isInteractive();
    var request = results.request();
    int first = (request.page() - 1) * request.size() + 1;
    out.printf("%d %s%s (%d ms)%n", results.total(), results.total() == 1 ? "post" : "posts",
        request.query().isBlank() ? "" : " for " + quoted(request.query()), results.tookMs());
    if (!results.ignored().isEmpty()) {
      out.println("No post holds " + String.join(", ", results.ignored()) + ": searched without it.");
    }
    results.suggestion().ifPresent(suggestion -> out.println("Did you mean " + quoted(suggestion) + "?"));
    int rank = first;
    for (SearchHit hit : results.hits()) {
      out.println();
      out.printf("%2d. %s%s%s%n", rank++, terminal ? BOLD : "", hit.title(), terminal ? RESET : "");
      out.printf("    %s  %s%s%n", hit.date().map(LocalDate::toString).orElse("(no date)"), hit.url(),
          hit.tags().isEmpty() ? "" : "  #" + String.join(" #", hit.tags()));
      if (!hit.snippet().isEmpty()) {
        out.println("    " + plain(hit.snippet(), terminal));
      }
    }
    if (results.hits().isEmpty() && results.total() > 0) {
      out.println("(no posts on page " + request.page() + ")");
    }
    if (!results.tags().isEmpty()) {
      out.println();
      out.println("tags: " + counts(results.tags()));
      out.println("years: " + counts(results.years()));
    }
  }

  private static String quoted(String query) {
    return query.contains("\"") ? "'" + query + "'" : "\"" + query + "\"";
  }

  private static String counts(java.util.List<FacetCount> counts) {
    return counts.stream().limit(12).map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", "));
  }

  /** The snippet's HTML turned back into text, with matches in bold on a terminal. */
  private static String plain(String snippet, boolean terminal) {
    return snippet
        .replace("<mark>", terminal ? BOLD : "")
        .replace("</mark>", terminal ? RESET : "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
