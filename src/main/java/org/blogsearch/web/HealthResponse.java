package org.blogsearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.blogsearch.Version;
import org.blogsearch.search.IndexStatus;

/**
 * The JSON body of {@code GET /healthz}: the posts served, when the index was committed and when the
 * server last opened a new commit; or, when the index cannot be read, {@code unavailable} and why.
 * Both say which version of blogsearch answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthResponse(String status, String version, Integer posts, String lastCommit, String lastRefresh,
    String error) {

  static HealthResponse of(IndexStatus status) {
    return new HealthResponse("ok", Version.current(), status.posts(), status.lastCommit().toString(),
        status.lastRefresh().toString(), null);
  }

  static HealthResponse unavailable() {
    return new HealthResponse("unavailable", Version.current(), null, null, null,
        "the index cannot be read; the error is in the server's log");
  }
}
