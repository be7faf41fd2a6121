package org.blogsearch.web;

import java.util.List;
import org.blogsearch.engine.SearchHit;

/** The JSON body of {@code GET /api/posts/{slug}/related}: hits shaped as in a search answer. */
record RelatedResponse(List<SearchResponse.Hit> hits) {

  static RelatedResponse of(List<SearchHit> hits) {
    return new RelatedResponse(hits.stream().map(SearchResponse.Hit::of).toList());
  }
}
