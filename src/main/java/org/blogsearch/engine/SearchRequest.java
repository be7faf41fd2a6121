package org.blogsearch.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One search, as a reader or a command asks it.
 *
 * @param query the text typed, in the query syntax; empty matches every post
 * @param tags a post must carry every one of these (case-insensitive); they filter, never score
 * @param from inclusive lower bound on the post's written date
 * @param to inclusive upper bound on the post's written date
 * @param sort the order of hits
 * @param page 1-based page number
 * @param size hits per page
 */
public record SearchRequest(
    String query,
    List<String> tags,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    SortOrder sort,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 50;
  /** Posts carry a handful of tags: more than this selected at once is no reader's request. */
  public static final int MAX_TAGS = 20;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    tags = List.copyOf(tags);
    if (tags.size() > MAX_TAGS) {
      throw new InvalidRequestException("at most " + MAX_TAGS + " tags may be selected at once, not " + tags.size());
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sort, "sort");
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    if (page < 1) {
      throw new InvalidRequestException("page must be 1 or more, not " + page);
    }
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new InvalidRequestException(
          "from (" + from.get() + ") must not be after to (" + to.get() + ")");
    }
  }

  /**
   * How many hits, counted from the best, this page reaches down to: what a deep page costs, since
   * every hit before it is ranked too.
   */
  public long depth() {
    return (long) page * size;
  }

  /** This request without its tag filters: for counting the other tags a reader may add. */
  public SearchRequest withoutTags() {
    return new SearchRequest(query, List.of(), from, to, sort, page, size);
  }

  /** This request without its date bounds: for counting the other years a reader may choose. */
  public SearchRequest withoutDates() {
    return new SearchRequest(query, tags, Optional.empty(), Optional.empty(), sort, page, size);
  }

  /** The first page of hits for {@code query}, best first, with no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), Optional.empty(), Optional.empty(), SortOrder.RELEVANCE, 1,
        DEFAULT_SIZE);
  }
}
