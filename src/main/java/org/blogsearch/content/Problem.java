package org.blogsearch.content;

import java.util.Objects;

/**
 * Something wrong with one content file, located as precisely as we know it.
 *
 * @param path the file's path relative to the content folder, with {@code /} separators
 * @param line 1-based line in the file; 1 when only the file as a whole is known
 * @param message what is wrong, in words a blogger can act on
 * @param severity whether the file was still indexed
 */
public record Problem(String path, int line, String message, Severity severity) {

  /** Whether a problem kept the file out of the index. */
  public enum Severity {
    /** The post was indexed anyway. */
    WARNING,
    /** The file was skipped. */
    ERROR
  }

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, got " + line);
    }
  }

  /** Formats the problem as {@code path:line: message}, the form editors and CI logs link. */
  @Override
  public String toString() {
    return path + ":" + line + ": " + message;
  }
}
