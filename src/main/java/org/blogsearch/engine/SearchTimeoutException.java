package org.blogsearch.engine;

import java.time.Duration;

/** A search cut short because it took longer than the engine allows; its partial answer is dropped. */
public final class SearchTimeoutException extends RuntimeException {

  private final Duration limit;

  public SearchTimeoutException(Duration limit) {
    super("the search took longer than " + limit.toMillis() + " ms");
    this.limit = limit;
  }

  /** The time a search may take. */
  public Duration limit() {
    return limit;
  }
}
