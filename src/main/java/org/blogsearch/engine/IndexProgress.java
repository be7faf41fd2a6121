package org.blogsearch.engine;

/** Hears how far an indexing run has got. Called from the indexing threads, so it must be thread-safe. */
@FunctionalInterface
public interface IndexProgress {

  /** Hears nothing. */
  IndexProgress SILENT = (done, total) -> {};

  /** The run has listed the content folder and will look at {@code total} files. */
  default void filesFound(int total) {}

  /**
   * The index was built by another version of blogsearch, or with other settings that shape a post,
   * so every post is indexed again.
   */
  default void rebuilding() {}

  /** {@code done} of {@code total} files have been looked at. */
  void filesDone(int done, int total);
}
