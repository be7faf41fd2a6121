package org.blogsearch.analytics;

/**
 * Where the server notes each search for {@code blogsearch stats}: what was asked and how many posts
 * it found, never who asked. Implementations are thread-safe and never slow a request down.
 */
public interface QueryLog extends AutoCloseable {

  /** A log that keeps nothing, for a server run with {@code --no-query-log}. */
  QueryLog OFF = new QueryLog() {
    @Override
    public void record(String query, long results) {}

    @Override
    public long dropped() {
      return 0;
    }

    @Override
    public void close() {}
  };

  /** Notes one search; blank queries (a reader browsing every post) are not noted. */
  void record(String query, long results);

  /** Searches left out because the disk could not keep up. */
  long dropped();

  /** Writes what is still waiting and stops. */
  @Override
  void close();
}
