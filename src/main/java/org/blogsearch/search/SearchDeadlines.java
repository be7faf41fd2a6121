package org.blogsearch.search;

import org.blogsearch.engine.SearchTimeoutException;
import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time each search may take. One searcher is shared by every request, so the deadline is kept
 * per thread: Lucene asks {@link #shouldExit()} on the thread that runs the search, between blocks of
 * documents, and stops matching once it says yes. Thread-safe.
 */
final class SearchDeadlines implements QueryTimeout {

  private final Duration limit;
  private final ThreadLocal<Deadline> current = new ThreadLocal<>();

  /** Deadlines of {@code limit} from the start of each search; zero means none. */
  SearchDeadlines(Duration limit) {
    this.limit = limit;
  }

  /** Starts the clock for a search on this thread; closing the scope ends it. */
  Deadline start() {
    Deadline deadline = new Deadline(limit.isZero() ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos());
    current.set(deadline);
    return deadline;
  }

  @Override
  public boolean shouldExit() {
    Deadline deadline = current.get();
    return deadline != null && deadline.passed();
  }

  /** The deadline of the search on one thread. */
  final class Deadline implements AutoCloseable {
    private final long at;
    private boolean cut;

    private Deadline(long at) {
      this.at = at;
    }

    private boolean passed() {
      cut |= System.nanoTime() - at > 0;
      return cut;
    }

    /** Fails the search if Lucene stopped matching at the deadline: its answer would be partial. */
    void check() {
      if (cut) {
        throw new SearchTimeoutException(limit);
      }
    }

    @Override
    public void close() {
      current.remove();
    }
  }
}
