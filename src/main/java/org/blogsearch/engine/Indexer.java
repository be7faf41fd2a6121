package org.blogsearch.engine;

import java.io.IOException;

/**
 * Brings an engine's index in line with one site's content folder. The commands and the watcher know
 * only this seam, so every engine indexes through the same path. One run at a time per index: a second
 * writer fails with {@link IndexLockedException}.
 */
public interface Indexer {

  /** Whether an index has been committed for the site. */
  boolean exists() throws IOException;

  /**
   * Whether the index was built by a version of blogsearch that stores posts as this one does; when
   * it was not, this version may misread it, and the next run indexes every post again.
   */
  default boolean builtByThisVersion() throws IOException {
    return true;
  }

  /** Indexes the content folder, telling {@code progress} as files are done; with {@code full}, rebuilds every post. */
  IndexSummary index(boolean full, IndexProgress progress) throws IOException;

  /** Indexes the content folder quietly. */
  default IndexSummary index(boolean full) throws IOException {
    return index(full, IndexProgress.SILENT);
  }
}
