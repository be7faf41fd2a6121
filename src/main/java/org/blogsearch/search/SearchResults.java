package org.blogsearch.search;

import java.util.List;

/**
 * One page of hits for a request, with the total and facet counts over every matching post.
 *
 * @param tags tag counts, most frequent first
 * @param years year counts, newest first
 */
public record SearchResults(
    SearchRequest request,
    long total,
    long tookMs,
    List<SearchHit> hits,
    List<FacetCount> tags,
    List<FacetCount> years) {

  public SearchResults {
    hits = List.copyOf(hits);
    tags = List.copyOf(tags);
    years = List.copyOf(years);
  }
}
