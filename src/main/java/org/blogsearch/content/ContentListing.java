package org.blogsearch.content;

import java.util.List;

/**
 * The Markdown files of a content folder, and what the walk could not follow or read.
 *
 * @param files relative paths with {@code /} separators, sorted
 * @param problems links not followed, folders that could not be read, files that look like posts
 *     but are not named as Markdown; each with a reason a blogger can act on
 */
public record ContentListing(List<String> files, List<Problem> problems) {

  public ContentListing {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
