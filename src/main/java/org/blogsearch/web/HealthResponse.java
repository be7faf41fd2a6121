package org.blogsearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.blogsearch.engine.IndexStatus;

/**
 * The JSON body of {@code GET /healthz}: the posts served, when the index was committed and when the
 * server last opened a new commit; or, when the index cannot be read, {@code unavailable} and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthResponse(String status, Integer sites, Integer posts, String lastCommit, String lastRefresh, String error) {

  static HealthResponse of(IndexStatus status) {
    return new HealthResponse("ok", null, status.posts(), status.lastCommit().toString(), status.lastRefresh().toString(),
        null);
  }

  /** A service of named sites, asked without a site: it is up and answers for so many blogs. */
  static HealthResponse sites(int count) {
    return new HealthResponse("ok", count, null, null, null, null);
  }

  static HealthResponse unavailable() {
    return new HealthResponse("unavailable", null, null, null, null, "the index cannot be read; the error is in the server's log");
  }
}
