package org.blogsearch.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts that share a slug or a URL. A reader reaches one page at a URL, and a slug names one post,
 * the first by path, so every other one is warned of, naming that first one. Stateless.
 */
public final class Namesakes {

  /**
   * The order in which the first post of a slug is the one it names: by path, compared as UTF-8
   * bytes, the order the index keeps paths in.
   */
  public static final Comparator<String> BY_PATH =
      Comparator.comparing(path -> path.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);

  /** Where a post is found. */
  public record Address(String path, String slug, String url) {}

  private Namesakes() {}

  /** A warning for each post that shares its slug or URL with one before it by path. */
  public static List<Problem> among(Collection<Address> posts) {
    List<Address> byPath = new ArrayList<>(posts);
    byPath.sort(Comparator.comparing(Address::path, BY_PATH));
    Map<String, Address> slugs = new HashMap<>();
    Map<String, Address> urls = new HashMap<>();
    List<Problem> warnings = new ArrayList<>();
    for (Address post : byPath) {
      Address sameSlug = slugs.putIfAbsent(post.slug(), post);
      Address sameUrl = urls.putIfAbsent(post.url(), post);
      if (sameSlug != null && sameSlug == sameUrl) {
        warnings.add(warning(post, "same slug \"" + post.slug() + "\" and URL " + post.url() + " as "
            + sameSlug.path() + ": only one of them can be reached there, and the slug names "
            + sameSlug.path() + ", the first by path; give this post its own slug or url"));
        continue;
      }
      if (sameSlug != null) {
        warnings.add(warning(post, "same slug \"" + post.slug() + "\" as " + sameSlug.path()
            + ": the slug names " + sameSlug.path() + ", the first by path; give this post its own slug"));
      }
      if (sameUrl != null) {
        warnings.add(warning(post, "same URL " + post.url() + " as " + sameUrl.path()
            + ": only one of them can be reached there; give this post its own url"));
      }
    }
    return warnings;
  }

  private static Problem warning(Address post, String message) {
    return new Problem(post.path(), 1, message, Problem.Severity.WARNING);
  }
}
