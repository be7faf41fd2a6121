package org.blogsearch.content;

import java.time.Clock;
import java.util.Objects;

/**
 * How to read a content folder.
 *
 * @param permalink the URL pattern for posts without a front matter {@code url}; tokens {@code :section},
 *     {@code :slug}, {@code :year}, {@code :month}, {@code :day}
 * @param includeDrafts whether drafts are read as posts (a local preview), never the default
 * @param clock decides which posts are in the future or expired
 */
public record ContentOptions(String permalink, boolean includeDrafts, Clock clock) {

  public static final String DEFAULT_PERMALINK = "/:section/:slug/";

  public ContentOptions {
    Objects.requireNonNull(permalink, "permalink");
    Objects.requireNonNull(clock, "clock");
  }

  /** The defaults: Hugo's permalink, no drafts, the system clock. */
  public static ContentOptions defaults() {
    return new ContentOptions(DEFAULT_PERMALINK, false, Clock.systemDefaultZone());
  }
}
