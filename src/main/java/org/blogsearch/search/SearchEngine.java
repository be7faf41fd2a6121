package org.blogsearch.search;

import java.io.IOException;

/**
 * Answers search requests over the published posts. The web layer knows only this seam, so another
 * engine can sit behind it. Implementations are thread-safe.
 */
public interface SearchEngine extends AutoCloseable {

  SearchResults search(SearchRequest request) throws IOException;

  IndexStatus status() throws IOException;

  @Override
  void close() throws IOException;
}
