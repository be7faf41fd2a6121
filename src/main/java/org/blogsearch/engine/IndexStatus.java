package org.blogsearch.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * What a health check and the metrics report of the index being served.
 *
 * @param posts the posts served now: those in the served view of the index whose publish time has come
 *     and whose expiry has not
 * @param lastCommit when {@code blogsearch index} last committed it
 * @param lastRefresh when the server last opened a new commit (at start, the time it opened the index)
 * @param refreshTook how long opening that commit took
 * @param sizeBytes the size on disk of the served commit's files
 */
public record IndexStatus(int posts, Instant lastCommit, Instant lastRefresh, Duration refreshTook, long sizeBytes) {

  /** The status of an index known only by its posts and commit time, such as a stand-in engine's. */
  public IndexStatus(int posts, Instant lastCommit) {
    this(posts, lastCommit, lastCommit, Duration.ZERO, 0);
  }
}
