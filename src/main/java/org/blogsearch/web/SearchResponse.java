package org.blogsearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchResults;

/**
 * The JSON body of {@code GET /api/search}, field for field as the API contract shows it, and a
 * {@code suggestion} (a corrected query) only when few or no posts match and a correction was found,
 * and {@code ignored} (the words no post holds, left out so the others could match) only when some were.
 */
public record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Facets facets,
    @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> ignored) {

  /** One hit; {@code date} is {@code null} for a post without one. */
  public record Hit(
      String slug,
      String url,
      String title,
      String date,
      List<String> tags,
      List<String> categories,
      String snippet,
      double score) {

    static Hit of(SearchHit hit) {
      return new Hit(hit.slug(), hit.url(), hit.title(), hit.date().map(LocalDate::toString).orElse(null),
          hit.tags(), hit.categories(), hit.snippet(), Math.round(hit.score() * 1000) / 1000.0);
    }
  }

  public record Facets(List<FacetCount> tags, List<FacetCount> years) {}

  public static SearchResponse of(SearchResults results) {
    return new SearchResponse(
        results.request().query(),
        results.total(),
        results.request().page(),
        results.request().size(),
        results.tookMs(),
        results.hits().stream().map(Hit::of).toList(),
        new Facets(results.tags(), results.years()),
        results.suggestion().orElse(null),
        results.ignored());
  }
}
