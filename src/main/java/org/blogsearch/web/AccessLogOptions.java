package org.blogsearch.web;

import java.util.Optional;

/**
 * Whether and where the server writes a line per request.
 *
 * @param target {@code stdout}, or a file the lines are appended to; empty for no access log
 * @param queries whether the query string is written too; off, so readers' searches are not logged
 */
public record AccessLogOptions(Optional<String> target, boolean queries) {

  /** The target that writes to standard output. */
  public static final String STDOUT = "stdout";
  public static final AccessLogOptions OFF = new AccessLogOptions(Optional.empty(), false);
}
