package org.blogsearch.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stop asked of a serving process (SIGTERM, Ctrl+C), handled by the thread that serves: the JVM's
 * shutdown hook wakes it, and waits while it stops the server (finishing requests in flight) and
 * closes the index. A stop carried out in full exits 0, where the JVM would exit 128 + the signal's
 * number (143), which service managers count as a failure.
 */
final class StopSignal {

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Duration closing;
  private volatile boolean awaited;
  private volatile boolean clean;

  private StopSignal(Duration closing) {
    this.closing = closing;
  }

  /** Listens for a stop; {@code closing} is how long the hook waits for the server to close. */
  static StopSignal install(Duration closing) {
    StopSignal stop = new StopSignal(closing);
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("blogsearch-shutdown").unstarted(stop::onShutdown));
    return stop;
  }

  /** Serves until a stop is asked. */
  void await() throws InterruptedException {
    requested.await();
    awaited = true;
  }

  /** Says that everything is closed; {@code clean} when it closed without an error. */
  void closed(boolean clean) {
    this.clean = clean;
    closed.countDown();
  }

  private void onShutdown() {
    requested.countDown();
    try {
      if (closed.await(closing.toMillis(), TimeUnit.MILLISECONDS) && awaited && clean) {
        Runtime.getRuntime().halt(0);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
