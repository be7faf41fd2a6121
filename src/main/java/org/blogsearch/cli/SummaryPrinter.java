package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.blogsearch.content.Problem;
import org.blogsearch.content.ReadOutcome.KeptOut;
import org.blogsearch.engine.IndexSummary;

/**
 * Prints what an indexing run did, with every skipped file as {@code path:line: reason}, and the
 * first warnings.
 */
final class SummaryPrinter {

  /** A site whose translations share their slugs warns of hundreds; {@code check} lists them all. */
  private static final int MAX_WARNINGS = 20;

  private SummaryPrinter() {}

  static void print(IndexSummary summary, Settings settings, PrintWriter out) {
    out.printf(Locale.ROOT, "Indexed %s into %s in %.1f s: %d posts in the index%n",
        settings.content(), settings.indexedIn(), summary.took().toMillis() / 1000.0, summary.posts());
    out.printf(Locale.ROOT, "  added %d, updated %d, deleted %d, unchanged %d, skipped %d%n",
        summary.added(), summary.updated(), summary.deleted(), summary.unchanged(), summary.errors().size());
    if (!summary.scheduled().isEmpty()) {
      out.printf(Locale.ROOT, "  scheduled: %d, %s from %s, without another run%n", summary.scheduled().size(),
          summary.scheduled().size() == 1 ? "served" : "the first served", summary.scheduled().getFirst());
    }
    if (!summary.unpublished().isEmpty()) {
      out.println("  not published: " + summary.unpublished().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", ")));
    }
    List<KeptOut> keptOut = summary.keptOut();
    if (!keptOut.isEmpty()) {
      out.printf(Locale.ROOT, "  %d %s kept out of search: %s%s%n", keptOut.size(),
          keptOut.size() == 1 ? "page" : "pages",
          keptOut.stream().limit(MAX_WARNINGS).map(k -> k.path() + " (" + k.reason() + ")")
              .collect(Collectors.joining(", ")),
          keptOut.size() > MAX_WARNINGS ? ", ... (blogsearch check lists every one)" : "");
    }
    if (summary.notPosts() > 0) {
      out.printf(Locale.ROOT, "  not posts: %d section %s (_index.md)%n", summary.notPosts(),
          summary.notPosts() == 1 ? "page" : "pages");
    }
    if (!summary.errors().isEmpty()) {
      out.println("Skipped files:");
      summary.errors().forEach(p -> out.println("  " + p));
    }
    List<Problem> warnings = summary.warnings();
    if (!warnings.isEmpty()) {
      out.println("Warnings:");
      warnings.stream().limit(MAX_WARNINGS).forEach(p -> out.println("  " + p));
      if (warnings.size() > MAX_WARNINGS) {
        out.printf(Locale.ROOT, "  ... and %d more warnings: blogsearch check lists every one%n",
            warnings.size() - MAX_WARNINGS);
      }
    }
    out.flush();
  }
}
