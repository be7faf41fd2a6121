package org.blogsearch.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of hits for a request, with the total and facet counts over every matching post.
 *
 * @param took the time each stage of the search took
 * @param tags tag counts, most frequent first; with tags selected, counted as if they were not, so
 *     a reader sees what choosing another tag would give
 * @param years year counts, newest first; with dates selected, counted as if they were not
 * @param suggestion when few or no posts match, the query with misspelled words corrected
 * @param ignored the words left out of the search because no post holds them, while every post
 *     holding the others would otherwise have been hidden, or because a very long query had spent
 *     its budget of word parts before them; empty when all words were searched
 */
public record SearchResults(
    SearchRequest request,
    long total,
    StageTimes took,
    List<SearchHit> hits,
    List<FacetCount> tags,
    List<FacetCount> years,
    Optional<String> suggestion,
    List<String> ignored) {

  public SearchResults {
    hits = List.copyOf(hits);
    tags = List.copyOf(tags);
    years = List.copyOf(years);
    Objects.requireNonNull(took, "took");
    Objects.requireNonNull(suggestion, "suggestion");
    ignored = List.copyOf(ignored);
  }

  /** The whole search's time, in milliseconds. */
  public long tookMs() {
    return took.total().toMillis();
  }
}
