package org.blogsearch.content;

/** Why one file cannot become a post; thrown inside the package and turned into a Rejected outcome. */
final class RejectedFile extends Exception {

  private final int line;

  RejectedFile(int line, String message) {
    // No stack trace: this is an expected outcome for bad content, and ~3,000 files may hit it.
    super(message, null, false, false);
    this.line = Math.max(1, line);
  }

  Problem toProblem(String path) {
    return new Problem(path, line, getMessage(), Problem.Severity.ERROR);
  }
}
