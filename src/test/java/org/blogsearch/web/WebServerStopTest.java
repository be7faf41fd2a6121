package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.StageTimes;
import org.junit.jupiter.api.Test;

/** Stopping the server: new connections are refused at once, and requests already taken are answered. */
class WebServerStopTest {

  @Test
  void aRequestInFlightIsAnsweredWhileTheServerStops() throws Exception {
    CountDownLatch searching = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    StandInEngine slow = new StandInEngine() {
      @Override
      public SearchResults search(SearchRequest request) {
        searching.countDown();
        try {
          finish.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new SearchResults(request, 0, StageTimes.none(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
      }
    };
    WebServer server = WebServer.start(slow, WebOptions.of("127.0.0.1", 0));
    int port = server.port();
    CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(searching.await(10, TimeUnit.SECONDS), "the request reached the engine");

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    awaitRefused(port);
    finish.countDown();

    HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("\"query\":\"slow\""), answer.body());
    stopping.get(WebServer.STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
  }

  /** Waits until the server takes no new connection: the stop has begun, with the request still in flight. */
  private static void awaitRefused(int port) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (IOException refused) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
    throw new AssertionError("the server still takes connections 10 s after it began to stop");
  }

  @Test
  void aStoppedServerTakesNoConnection() {
    WebServer server = WebServer.start(new StandInEngine(), WebOptions.of("127.0.0.1", 0));
    int port = server.port();
    server.close();
    assertThrows(IOException.class, () -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      }
    });
  }
}
