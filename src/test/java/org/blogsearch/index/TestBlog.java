package org.blogsearch.index;

import org.blogsearch.engine.IndexSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;

/** The small blog under {@code src/test/resources/blog}, and an index of it for tests. */
public final class TestBlog {

  /** A fixed "now", so the future post stays in the future. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

  /**
   * The slugs of the posts that must never be served: a draft, a post of 2099, one that expired before
   * {@link #CLOCK}, and one indexed at {@link #CLOCK} that expired on 2025-01-01, which an engine on the
   * system clock must hide.
   */
  public static final Set<String> WITHHELD_SLUGS = Set.of("draft", "future", "expired", "expiring");

  /** Words that only withheld posts hold: no answer may offer them. */
  public static final Set<String> WITHHELD_WORDS = Set.of("zeppelin", "discount", "autumn");

  private TestBlog() {}

  public static Path folder() {
    try {
      return Path.of(TestBlog.class.getResource("/blog").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many files the blog holds, posts or not. */
  public static int fileCount() {
    try (var files = Files.walk(folder())) {
      return (int) files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PostIndexer indexer(Path content, Path indexDir) {
    return new PostIndexer(
        new ContentFolder(content, new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false, CLOCK)),
        indexDir, "test");
  }

  public static IndexSummary index(Path indexDir) throws IOException {
    return indexer(folder(), indexDir).index(true);
  }
}
