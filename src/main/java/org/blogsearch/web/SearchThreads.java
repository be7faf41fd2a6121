package org.blogsearch.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the engine's searches on one platform thread per core, in the order they came, while the
 * request's virtual thread waits. A search is work for the processor, and virtual threads are never
 * preempted: run on them, as many searches as there are cores held every carrier thread, and Jetty,
 * whose accepting, reading and answering run on virtual threads too, could not even read the requests
 * behind them. A server stopping then found those requests unread, and closed their connections.
 * Platform threads share the cores with the carriers, so every request is read, and counted as in
 * flight, as soon as it arrives. Thread-safe.
 */
final class SearchThreads implements AutoCloseable {

  /** A call into the engine. */
  @FunctionalInterface
  interface Call<T> {
    T call() throws IOException;
  }

  private final ExecutorService threads = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("blogsearch-search-", 1).daemon().factory());

  /** The result of {@code call}, run on a search thread; what it throws is thrown here. */
  <T> T run(Call<T> call) throws IOException {
    Future<T> result = threads.submit(call::call);
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the search ran");
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException unchecked -> throw unchecked;
        case Error error -> throw error;
        case null, default -> throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** Lets the searches already asked for finish, and ends the threads. */
  @Override
  public void close() {
    threads.close();
  }
}
