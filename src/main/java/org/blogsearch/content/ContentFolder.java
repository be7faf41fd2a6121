package org.blogsearch.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/** A folder of Markdown posts (Hugo, Zola, Jekyll or Eleventy conventions), read one file at a time. */
public final class ContentFolder {

  private final Path root;
  private final ContentOptions options;
  private final PostReader reader;

  public ContentFolder(Path root, ContentOptions options) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.options = Objects.requireNonNull(options, "options");
    this.reader = new PostReader(this.root, options);
  }

  public Path root() {
    return root;
  }

  /** The moment it is by the clock that decides which posts are scheduled or expired. */
  public Instant now() {
    return options.clock().instant();
  }

  /**
   * The Markdown files (.md, .markdown, .mdx) under root, but those the exclusions keep out, which are
   * listed apart. Skips hidden files and folders (.git, editor backups); does not follow symbolic
   * links that leave the root or loop, and says so.
   *
   * @throws IOException only if root itself is unreadable or missing; the message names it
   */
  public ContentListing list() throws IOException {
    return MarkdownFiles.list(root).excluding(options.exclusions());
  }

  /**
   * Reads one file (a relative path from {@link #list()}); never throws for bad content: problems
   * come back as {@link ReadOutcome.Rejected} with {@code path:line: reason}, or as warnings on
   * {@link ReadOutcome.Accepted}.
   */
  public ReadOutcome read(String relativePath) {
    return reader.read(Objects.requireNonNull(relativePath, "relativePath"));
  }
}
