package org.blogsearch.web;

import static org.blogsearch.web.Http.error;
import static org.blogsearch.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.blogsearch.engine.IndexStatus;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong();

  private RateLimiter limiter(int perSecond, int burst) {
    return new RateLimiter(new RequestLimits(256, 32, 1000, perSecond, burst, false), now::get);
  }

  @Test
  void aClientMayMakeItsBurstAtOnceThenWaitsForTheRate() {
    RateLimiter limiter = limiter(2, 3);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, limiter.secondsToWait("203.0.113.9"), "request " + i);
    }
    assertEquals(1, limiter.secondsToWait("203.0.113.9"));
    assertEquals(0, limiter.secondsToWait("198.51.100.7"), "another client has a bucket of its own");
    now.addAndGet(SECOND / 2);
    assertEquals(0, limiter.secondsToWait("203.0.113.9"), "half a second refills one request at 2 a second");
    assertEquals(1, limiter.secondsToWait("203.0.113.9"));
  }

  @Test
  void theWaitToldIsLongEnough() {
    RateLimiter limiter = limiter(1, 1);
    limiter.secondsToWait("203.0.113.9");
    long wait = limiter.secondsToWait("203.0.113.9");
    now.addAndGet(wait * SECOND);
    assertEquals(0, limiter.secondsToWait("203.0.113.9"));
  }

  @Test
  void theTableForgetsIdleClientsAndNeverOutgrowsItsBound() {
    RateLimiter limiter = limiter(10, 10);
    for (int i = 0; i < RateLimiter.MAX_CLIENTS + 500; i++) {
      limiter.secondsToWait("client-" + i);
    }
    assertEquals(RateLimiter.MAX_CLIENTS, limiter.clients());
    now.addAndGet(10 * SECOND);
    limiter.secondsToWait("one more");
    assertEquals(1, limiter.clients(), "every bucket filled up again, so every client was forgotten");
  }

  @Test
  void overTheLimitTheServerAnswers429WithRetryAfterToThatClientOnly() throws Exception {
    StandInEngine engine = healthy();
    WebOptions options = new WebOptions("127.0.0.1", 0, List.of(), new RequestLimits(256, 32, 1000, 1, 2, true));
    try (WebServer server = WebServer.start(engine, options)) {
      List<Integer> codes = new ArrayList<>();
      HttpResponse<String> refused = null;
      // At one a second the burst of two runs out long before twenty requests are sent.
      for (int i = 0; i < 20 && refused == null; i++) {
        HttpResponse<String> response = get(server, "/healthz", "X-Forwarded-For", "10.0.0.1, 203.0.113.9",
            "Origin", "https://blog.example");
        codes.add(response.statusCode());
        refused = response.statusCode() == 429 ? response : null;
      }
      assertEquals(List.of(200, 200), codes.subList(0, 2), "the burst");
      assertEquals(429, codes.getLast(), codes.toString());
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
          "the widget on a blog can read why");
      assertTrue(error(refused).startsWith("too many requests from your address: the limit is 1 a second and 2 at once"),
          error(refused));
      assertEquals(200, get(server, "/healthz", "X-Forwarded-For", "198.51.100.7").statusCode());
      for (int i = 0; i < 5; i++) {
        assertEquals(200, get(server, "/healthz").statusCode(), "this machine itself is never limited");
      }
    }
  }

  @Test
  void aClientCannotPassAsAnotherByWritingItsOwnForwardedForLine() throws Exception {
    StandInEngine engine = healthy();
    WebOptions options = new WebOptions("127.0.0.1", 0, List.of(), new RequestLimits(256, 32, 1000, 1, 2, true));
    try (WebServer server = WebServer.start(engine, options)) {
      List<Integer> codes = new ArrayList<>();
      // The client writes a line of its own, a new address each time; the proxy appends the real one.
      for (int i = 0; i < 20; i++) {
        codes.add(get(server, "/healthz", "X-Forwarded-For", "198.51.100." + i,
            "X-Forwarded-For", "203.0.113.9").statusCode());
      }
      assertTrue(codes.contains(429), "judged by the address the proxy appended: " + codes);
      assertEquals(200, get(server, "/healthz", "X-Forwarded-For", "203.0.113.9",
          "X-Forwarded-For", "198.51.100.77").statusCode(), "another client, whatever the first line says");
    }
  }

  @Test
  void withoutTrustingAProxyItsHeaderProvesNothing() throws Exception {
    StandInEngine engine = healthy();
    WebOptions options = new WebOptions("127.0.0.1", 0, List.of(), new RequestLimits(256, 32, 1000, 1, 1, false));
    try (WebServer server = WebServer.start(engine, options)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(200, get(server, "/healthz", "X-Forwarded-For", "203.0.113.9").statusCode(),
            "the connection comes from this machine, whatever the header says");
      }
    }
  }

  @Test
  void anIpv6ClientIsItsNetworkAndLoopbackIsKnownInEveryForm() {
    assertEquals(ClientAddress.parse("2001:db8:1:2::1").key(), ClientAddress.parse("[2001:db8:1:2:ffff::9]").key());
    assertTrue(ClientAddress.parse("[::1]").loopback());
    assertTrue(ClientAddress.parse("127.0.0.2").loopback());
    assertTrue(ClientAddress.parse("::ffff:127.0.0.1").loopback());
    assertEquals(new ClientAddress("unknown.example", false), ClientAddress.parse("unknown.example"));
  }

  /** An engine whose health check answers, the one route these tests call. */
  private static StandInEngine healthy() {
    return new StandInEngine() {
      @Override
      public IndexStatus status() {
        return new IndexStatus(1, Instant.EPOCH);
      }
    };
  }
}
