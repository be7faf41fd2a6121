package org.blogsearch.index;

/** Hears how far an indexing run has got. Called from the indexing threads, so it must be thread-safe. */
@FunctionalInterface
public interface IndexProgress {

  /** Hears nothing. */
  IndexProgress SILENT = (done, total) -> {};

  /** {@code done} of {@code total} files have been looked at. */
  void filesDone(int done, int total);
}
