package org.blogsearch.content;

import java.util.List;

/**
 * The Markdown files of a content folder, and what the walk could not follow or read.
 *
 * @param files relative paths with {@code /} separators, sorted
 * @param problems links not followed, folders that could not be read, files that look like posts
 *     but are not named as Markdown; each with a reason a blogger can act on
 * @param unread the relative paths of the folders (or entries) the walk could not read: what lies
 *     under them is unknown, not gone
 */
public record ContentListing(List<String> files, List<Problem> problems, List<String> unread) {

  public ContentListing {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    unread = List.copyOf(unread);
  }

  /** Whether {@code path} lies where the walk could not read, so its absence from the files says nothing. */
  public boolean unknown(String path) {
    return unread.stream().anyMatch(folder -> path.equals(folder) || path.startsWith(folder + "/"));
  }
}
