package org.blogsearch.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A folder of Markdown posts (Hugo, Zola, Jekyll or Eleventy conventions), read one file at a time. */
public final class ContentFolder {

  private final Path root;
  private final PostReader reader;

  public ContentFolder(Path root, ContentOptions options) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    this.reader = new PostReader(this.root, Objects.requireNonNull(options, "options"));
  }

  public Path root() {
    return root;
  }

  /**
   * Markdown files (.md, .markdown, .mdx) under root, as relative paths with '/' separators, sorted.
   * Skips hidden folders (.git etc.), does not follow symlinks that leave the root or loop.
   *
   * @throws IOException only if root itself is unreadable or missing; the message names it
   */
  public List<String> files() throws IOException {
    return MarkdownFiles.list(root);
  }

  /**
   * Reads one file (a relative path from {@link #files()}); never throws for bad content: problems
   * come back as {@link ReadOutcome.Rejected} with {@code path:line: reason}, or as warnings on
   * {@link ReadOutcome.Accepted}.
   */
  public ReadOutcome read(String relativePath) {
    return reader.read(Objects.requireNonNull(relativePath, "relativePath"));
  }
}
