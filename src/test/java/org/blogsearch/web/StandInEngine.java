package org.blogsearch.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;

/** An engine for tests of how the server answers; each test overrides what it asks of it. */
class StandInEngine implements SearchEngine {

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("search");
  }

  @Override
  public List<String> suggest(String text, int size) throws IOException {
    throw new UnsupportedOperationException("suggest");
  }

  @Override
  public Optional<List<SearchHit>> related(String slug, int size) throws IOException {
    throw new UnsupportedOperationException("related");
  }

  @Override
  public List<FacetCount> tags() throws IOException {
    throw new UnsupportedOperationException("tags");
  }

  @Override
  public IndexStatus status() throws IOException {
    throw new UnsupportedOperationException("status");
  }

  @Override
  public void close() {}
}
