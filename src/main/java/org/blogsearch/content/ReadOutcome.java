package org.blogsearch.content;

import java.util.List;

/** What reading one content file gave: a post, a page that is not published, or a file skipped. */
public sealed interface ReadOutcome {

  /** The file's path relative to the content folder, with {@code /} separators. */
  String path();

  /** A published or scheduled post, with any warnings met while reading it. */
  record Accepted(Post post, List<Problem> warnings) implements ReadOutcome {
    public Accepted {
      warnings = List.copyOf(warnings);
    }

    @Override
    public String path() {
      return post.path();
    }
  }

  /**
   * A well-formed post that must not be served: a draft, or expired. A post whose date is to come is
   * {@link Accepted}, with the moment it may be served from.
   */
  record Unpublished(String path, Reason reason) implements ReadOutcome {
    /** Why a post is not served. */
    public enum Reason {
      DRAFT,
      EXPIRED
    }
  }

  /**
   * A page its author keeps out of search: excluded by a glob, or by its front matter
   * ({@code search = false}, Hugo's {@code build.list = "never"}, {@code noindex = true}, {@code robots}
   * holding {@code noindex}).
   *
   * @param reason why, as the author wrote it: {@code search = false}, {@code excluded by drafts/**}
   */
  record KeptOut(String path, String reason) implements ReadOutcome {}

  /** A file that is not a post by the conventions, such as a section's {@code _index.md}. */
  record NotAPost(String path) implements ReadOutcome {}

  /** A file that could not be read as a post; every other file is still indexed. */
  record Rejected(Problem problem) implements ReadOutcome {
    @Override
    public String path() {
      return problem.path();
    }
  }
}
