package org.blogsearch.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.search.ReferenceManager;

/**
 * When the searcher last opened a new commit and how long that took, for the health check and the
 * metrics. Refreshes run on one thread; the results are read from any. Thread-safe.
 */
final class RefreshTimes implements ReferenceManager.RefreshListener {

  private final Clock clock;
  private long started;
  private volatile Refresh last;

  /** The last refresh that opened a new view of the index. */
  record Refresh(Instant at, Duration took) {}

  RefreshTimes(Clock clock) {
    this.clock = clock;
    this.last = new Refresh(clock.instant(), Duration.ZERO);
  }

  /** The index was opened just now, which took {@code took}. */
  void opened(Duration took) {
    last = new Refresh(clock.instant(), took);
  }

  Refresh last() {
    return last;
  }

  @Override
  public void beforeRefresh() {
    started = System.nanoTime();
  }

  @Override
  public void afterRefresh(boolean didRefresh) {
    // Most refreshes find no new commit; they say nothing about how fresh the served index is.
    if (didRefresh) {
      last = new Refresh(clock.instant(), Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
