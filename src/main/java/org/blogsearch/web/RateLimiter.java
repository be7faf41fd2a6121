package org.blogsearch.web;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: a client may make {@code burst} requests at once, then
 * {@code perSecond} a second on average. The table is kept in the order clients were last seen, and
 * forgets the longest-unseen clients whose bucket has filled up again, so it stays small; under a
 * flood of new addresses it holds at most {@link #MAX_CLIENTS}. Thread-safe.
 */
final class RateLimiter {

  static final int MAX_CLIENTS = 10_000;
  private static final double NANOS = 1e9;

  private final RequestLimits limits;
  private final double perSecond;
  private final int burst;
  private final LongSupplier nanoTime;
  private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true);

  RateLimiter(RequestLimits limits, LongSupplier nanoTime) {
    this.limits = limits;
    this.perSecond = limits.ratePerSecond();
    this.burst = limits.burst();
    this.nanoTime = nanoTime;
  }

  /**
   * Counts a request against its client, refusing it over the limit. Clients on this machine are not
   * counted: without {@code --trust-proxy} behind a local proxy they are every reader at once, and a
   * benchmark or a health check from the machine itself is no abuse.
   */
  void admit(Context ctx) {
    ClientAddress client = ClientAddress.of(ctx, limits.trustProxy());
    if (client.loopback()) {
      return;
    }
    long wait = secondsToWait(client.key());
    if (wait > 0) {
      throw new TooManyRequestsException("too many requests from your address: the limit is " + limits.ratePerSecond()
          + " a second and " + limits.burst() + " at once (--rate-limit, --rate-limit-burst); try again in " + wait
          + " s", wait);
    }
  }

  /** Takes one request from the client's bucket: 0 if it may go ahead, else the whole seconds to wait. */
  synchronized long secondsToWait(String client) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(client);
    if (bucket == null) {
      forgetIdle(now);
      bucket = new Bucket(burst, now);
      buckets.put(client, bucket);
    }
    return bucket.take(now);
  }

  synchronized int clients() {
    return buckets.size();
  }

  private void forgetIdle(long now) {
    Iterator<Bucket> longestUnseen = buckets.values().iterator();
    while (longestUnseen.hasNext()) {
      Bucket bucket = longestUnseen.next();
      if (buckets.size() < MAX_CLIENTS && !bucket.fullAt(now)) {
        return;
      }
      longestUnseen.remove();
    }
  }

  /** The requests a client may still make now, as of its last request. */
  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }

    long take(long now) {
      tokens = tokensAt(now);
      updated = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    boolean fullAt(long now) {
      return tokensAt(now) >= burst;
    }

    private double tokensAt(long now) {
      return Math.min(burst, tokens + (now - updated) / NANOS * perSecond);
    }
  }
}
