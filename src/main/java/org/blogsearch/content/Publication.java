package org.blogsearch.content;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;

/**
 * The front matter facts that decide whether a post may be served now, following Hugo: drafts,
 * posts dated or scheduled in the future, and expired posts are withheld.
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

  /** Why the post must not be served now, if it must not. */
  Optional<Reason> withheld(ContentOptions options) {
    if (draft && !options.includeDrafts()) {
      return Optional.of(Reason.DRAFT);
    }
    ZonedDateTime now = ZonedDateTime.now(options.clock());
    if (publishDate.filter(d -> d.isAfter(now)).isPresent()
        || date.filter(d -> d.isAfter(now)).isPresent()) {
      return Optional.of(Reason.FUTURE);
    }
    if (expiryDate.filter(d -> d.hasArrived(now)).isPresent()) {
      return Optional.of(Reason.EXPIRED);
    }
    return Optional.empty();
  }

  /** When a post that is served now must stop being served, if its front matter says. */
  Optional<Instant> expires(ContentOptions options) {
    return expiryDate.map(d -> d.instant(options.clock().getZone()));
  }

  private static boolean isBooleanText(Optional<String> text) {
    return text.filter(t -> t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")).isPresent();
  }
}
