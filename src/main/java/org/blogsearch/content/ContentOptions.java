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
 * @param maxFileBytes files larger than this are skipped with a message: no post is that long, and
 *     reading a stray data file whole would cost memory for nothing
 * @param exclusions the files kept out of search by their path, never read
 */
public record ContentOptions(String permalink, boolean includeDrafts, Clock clock, long maxFileBytes,
    Exclusions exclusions) {

  public static final String DEFAULT_PERMALINK = "/:section/:slug/";
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  public ContentOptions {
    Objects.requireNonNull(permalink, "permalink");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(exclusions, "exclusions");
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("the file size limit must be positive, not " + maxFileBytes);
    }
  }

  /** Options with the default file size limit. */
  public ContentOptions(String permalink, boolean includeDrafts, Clock clock) {
    this(permalink, includeDrafts, clock, DEFAULT_MAX_FILE_BYTES);
  }

  /** Options that keep no file out by its path. */
  public ContentOptions(String permalink, boolean includeDrafts, Clock clock, long maxFileBytes) {
    this(permalink, includeDrafts, clock, maxFileBytes, Exclusions.none());
  }

  /**
   * Everything but the clock and the exclusions that decides what a file becomes (a file excluded
   * or let in again is found by its path alone, with no need to read the others), so an index built with other options
   * can be told apart and rebuilt.
   */
  public String fingerprint() {
    return "permalink=" + permalink + "|drafts=" + includeDrafts + "|maxFileBytes=" + maxFileBytes;
  }

  /** The defaults: Hugo's permalink, no drafts, the system clock. */
  public static ContentOptions defaults() {
    return new ContentOptions(DEFAULT_PERMALINK, false, Clock.systemDefaultZone());
  }
}
