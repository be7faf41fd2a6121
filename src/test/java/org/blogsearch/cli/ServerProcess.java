package org.blogsearch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code blogsearch serve} from the packaged jar in a process of its own, its output gathered line by
 * line while it runs, so a test can wait for what it says.
 */
final class ServerProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final Process process;
  private final List<String> output = new ArrayList<>();
  private final Thread reader;
  private int port;

  private ServerProcess(Process process) {
    this.process = process;
    this.reader = Thread.ofPlatform().name("server-output").daemon().start(this::gather);
  }

  /** Starts {@code serve} with {@code args} and waits until it listens. */
  static ServerProcess serve(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("serve", "--port", "0"));
    command.addAll(List.of(args));
    return start(PackagedJar.command(command.toArray(String[]::new)));
  }

  /** Starts {@code serve}, as {@code command} runs it (port 0 on 127.0.0.1), and waits until it listens. */
  static ServerProcess start(ProcessBuilder command) throws IOException, InterruptedException {
    ServerProcess server = new ServerProcess(command.redirectErrorStream(true).start());
    String listening = server.awaitOutput("on http://", Duration.ofSeconds(60));
    server.port = PackagedJar.listeningPort(listening).orElseThrow(() -> new AssertionError(listening));
    return server;
  }

  int port() {
    return port;
  }

  /** Waits for a line holding {@code text}, and returns it. */
  String awaitOutput(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (output) {
      while (true) {
        for (String line : output) {
          if (line.contains(text)) {
            return line;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || !reader.isAlive() && !process.isAlive()) {
          throw new AssertionError("the server never said \"" + text + "\":\n" + String.join("\n", output));
        }
        TimeUnit.NANOSECONDS.timedWait(output, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
      }
    }
  }

  /** Everything it printed so far. */
  String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  HttpRequest request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + pathAndQuery)).build();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  static HttpClient http() {
    return HTTP;
  }

  /** Sends SIGTERM, as a service manager does. */
  void terminate() {
    process.destroy();
  }

  /** Waits for it to end, and returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the server still runs after " + timeout + ":\n" + output());
    }
    reader.join(timeout.toMillis());
    return process.exitValue();
  }

  private void gather() {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (output) {
          output.add(line);
          output.notifyAll();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
