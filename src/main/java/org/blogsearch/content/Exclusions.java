package org.blogsearch.content;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * The globs that keep files of a content folder out of search, matched against each file's path
 * relative to the folder ({@code drafts/**}, {@code **}{@code /private/*.md}). A glob also matches a
 * file when it matches one of the folders above it, so {@code drafts} keeps the whole folder out; a
 * leading {@code **}{@code /} also matches at the top. Immutable and thread-safe.
 */
public final class Exclusions {

  private static final Exclusions NONE = new Exclusions(List.of(), List.of());

  private final List<String> globs;
  private final List<List<PathMatcher>> matchers;

  private Exclusions(List<String> globs, List<List<PathMatcher>> matchers) {
    this.globs = List.copyOf(globs);
    this.matchers = List.copyOf(matchers);
  }

  public static Exclusions none() {
    return NONE;
  }

  /**
   * The exclusions of {@code globs}.
   *
   * @throws IllegalArgumentException naming the glob that is not valid, and why
   */
  public static Exclusions of(List<String> globs) {
    List<List<PathMatcher>> matchers = new ArrayList<>();
    for (String glob : globs) {
      if (glob.isBlank()) {
        throw new IllegalArgumentException("--exclude needs a glob, such as drafts/**, not an empty value");
      }
      try {
        // Java's "**/" wants a folder before it; a reader of the glob expects it to match at the top too.
        matchers.add(glob.startsWith("**/") && glob.length() > 3
            ? List.of(matcher(glob), matcher(glob.substring(3))) : List.of(matcher(glob)));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("--exclude " + glob + " is not a valid glob: " + e.getDescription());
      }
    }
    return new Exclusions(globs, matchers);
  }

  public List<String> globs() {
    return globs;
  }

  /** The first glob that keeps {@code relativePath} (with {@code /} separators) out, if one does. */
  public Optional<String> match(String relativePath) {
    for (int i = 0; i < matchers.size(); i++) {
      if (matches(matchers.get(i), Path.of(relativePath))) {
        return Optional.of(globs.get(i));
      }
    }
    return Optional.empty();
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  private static boolean matches(List<PathMatcher> matchers, Path path) {
    for (Path part = path; part != null; part = part.getParent()) {
      for (PathMatcher matcher : matchers) {
        if (matcher.matches(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
