package org.blogsearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.blogsearch.Version;
import org.blogsearch.engine.IndexStatus;

/**
 * The JSON body of {@code GET /healthz}: the posts served, when the index was committed and when the
 * server last opened a new commit; or, for a service of named sites asked about none, how many blogs
 * it answers for; or, when the index cannot be read, {@code unavailable} and why. Each says which
 * version of blogsearch answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthResponse(String status, String version, Integer sites, Integer posts, String lastCommit,
    String lastRefresh, String error) {

  static HealthResponse of(IndexStatus status) {
    return new HealthResponse("ok", Version.current(), null, status.posts(), status.lastCommit().toString(),
        status.lastRefresh().toString(), null);
  }

  /** A service of named sites, asked without a site: it is up and answers for so many blogs. */
  static HealthResponse sites(int count) {
    return new HealthResponse("ok", Version.current(), count, null, null, null, null);
  }

  static HealthResponse unavailable() {
    return new HealthResponse("unavailable", Version.current(), null, null, null, null,
        "the index cannot be read; the error is in the server's log");
  }
}
