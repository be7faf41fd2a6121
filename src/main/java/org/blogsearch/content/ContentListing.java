package org.blogsearch.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown files of a content folder, and what the walk could not follow or read.
 *
 * @param files relative paths with {@code /} separators, sorted
 * @param problems links not followed, folders that could not be read, files that look like posts
 *     but are not named as Markdown; each with a reason a blogger can act on
 * @param unread the relative paths of the folders (or entries) the walk could not read: what lies
 *     under them is unknown, not gone
 * @param excluded the Markdown files an exclusion glob keeps out of search, not in {@code files}, each
 *     with the glob, sorted
 */
public record ContentListing(List<String> files, List<Problem> problems, List<String> unread,
    List<ReadOutcome.KeptOut> excluded) {

  public ContentListing {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    unread = List.copyOf(unread);
    excluded = List.copyOf(excluded);
  }

  /** A listing that excludes nothing. */
  public ContentListing(List<String> files, List<Problem> problems, List<String> unread) {
    this(files, problems, unread, List.of());
  }

  /** This listing with the files that {@code exclusions} match moved from the files to the excluded. */
  ContentListing excluding(Exclusions exclusions) {
    List<String> kept = new ArrayList<>();
    List<ReadOutcome.KeptOut> out = new ArrayList<>(excluded);
    for (String file : files) {
      exclusions.match(file).ifPresentOrElse(
          glob -> out.add(new ReadOutcome.KeptOut(file, "excluded by " + glob)), () -> kept.add(file));
    }
    return new ContentListing(kept, problems, unread, out);
  }

  /** Whether {@code path} lies where the walk could not read, so its absence from the files says nothing. */
  public boolean unknown(String path) {
    return unread.stream().anyMatch(folder -> path.equals(folder) || path.startsWith(folder + "/"));
  }
}
