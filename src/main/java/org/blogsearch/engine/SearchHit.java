package org.blogsearch.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One post in the results. Every string is plain text except {@code snippet}, which is HTML-safe:
 * all text escaped, with only {@code <mark>} and {@code </mark>} added around matches.
 *
 * @param path the post's source file relative to the content folder: its identity, which evaluations
 *     use; the web answer leaves it out
 */
public record SearchHit(
    String path,
    String slug,
    String url,
    String title,
    Optional<LocalDate> date,
    List<String> tags,
    List<String> categories,
    String snippet,
    float score) {

  public SearchHit {
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
  }
}
