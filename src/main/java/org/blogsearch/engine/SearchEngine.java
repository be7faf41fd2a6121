package org.blogsearch.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Answers search requests over the published posts. The web layer knows only this seam, so another
 * engine can sit behind it. Implementations are thread-safe.
 */
public interface SearchEngine extends AutoCloseable {

  SearchResults search(SearchRequest request) throws IOException;

  /**
   * Completions for {@code text} as typed so far: its last word completed from the words of
   * published posts, most used first, then titles it begins to match; at most {@code size}.
   */
  List<String> suggest(String text, int size) throws IOException;

  /** Published posts like the one with {@code slug}, never itself; empty when no post has that slug. */
  Optional<List<SearchHit>> related(String slug, int size) throws IOException;

  /** Every tag of the published posts with how many carry it, most used first. */
  List<FacetCount> tags() throws IOException;

  IndexStatus status() throws IOException;

  /** Serves the index's latest commit from now on, rather than within the usual few seconds. */
  default void refresh() throws IOException {}

  @Override
  void close() throws IOException;
}
