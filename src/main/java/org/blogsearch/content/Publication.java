package org.blogsearch.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;

/**
 * The front matter facts that decide whether and when a post may be served, following Hugo: drafts
 * and expired posts are withheld; a post dated or scheduled in the future is served from that moment.
 */
record Publication(
    boolean draft,
    Optional<WrittenDate> date,
    Optional<WrittenDate> publishDate,
    Optional<WrittenDate> expiryDate) {

  static Publication of(FrontMatter frontMatter, PostPath path, Warnings warnings) {
    boolean draft = frontMatter.flag("draft", warnings).orElse(false) || path.inDrafts();
    // Jekyll's "published: false"; Hugo also uses "published" as a date, which is left alone here.
    if (frontMatter.isBoolean("published") || isBooleanText(frontMatter.text("published"))) {
      draft |= !frontMatter.flag("published", warnings).orElse(true);
    }
    return new Publication(
        draft,
        frontMatter.date("date", warnings),
        frontMatter.date("publishdate", warnings),
        frontMatter.date("expirydate", warnings));
  }

  /** Why the post must never be served, if it must not: a draft, or a post that has expired. */
  Optional<Reason> withheld(ContentOptions options) {
    if (draft && !options.includeDrafts()) {
      return Optional.of(Reason.DRAFT);
    }
    if (expiryDate.filter(d -> d.hasArrived(ZonedDateTime.now(options.clock()))).isPresent()) {
      return Optional.of(Reason.EXPIRED);
    }
    return Optional.empty();
  }

  /**
   * When a post whose date or publish date is still to come may be served: once both have come, so
   * at the later of the two (a bare date from its first moment, in the clock's zone).
   */
  Optional<Instant> publishes(ContentOptions options) {
    ZonedDateTime now = ZonedDateTime.now(options.clock());
    return Stream.of(date, publishDate)
        .flatMap(Optional::stream)
        .filter(d -> d.isAfter(now))
        .map(d -> d.instant(options.clock().getZone()))
        .max(Comparator.naturalOrder());
  }

  /** When a post that is served now must stop being served, if its front matter says. */
  Optional<Instant> expires(ContentOptions options) {
    return expiryDate.map(d -> d.instant(options.clock().getZone()));
  }

  private static boolean isBooleanText(Optional<String> text) {
    return text.filter(t -> t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")).isPresent();
  }
}
