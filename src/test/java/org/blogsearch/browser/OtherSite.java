package org.blogsearch.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A blog on another origin than the search server: static pages (and, for some tests, a stand-in API) on
 * 127.0.0.1, reachable as {@code http://localhost:PORT} and {@code http://127.0.0.1:PORT}, which browsers
 * treat as two different origins.
 */
final class OtherSite implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("other-site-", 0).factory());

  OtherSite() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://localhost:PORT}: one origin of this site. */
  String localhost() {
    return "http://localhost:" + port();
  }

  /** {@code http://127.0.0.1:PORT}: the same site under another origin. */
  String loopback() {
    return "http://127.0.0.1:" + port();
  }

  void page(String path, String html) {
    route(path, exchange -> send(exchange, 200, "text/html; charset=utf-8", html));
  }

  /**
   * Serves the files of {@code root} (a site a generator built) under {@code prefix}, such as
   * {@code /blog/}, a folder's {@code index.html} for the folder.
   */
  void folder(String prefix, Path root) {
    route(prefix, exchange -> {
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(prefix.length())).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain; charset=utf-8", "no such file");
        return;
      }
      String type = file.toString().endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
      send(exchange, 200, type, Files.readString(file));
    });
  }

  void route(String path, HttpHandler handler) {
    server.createContext(path, handler);
  }

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A page of a blog embedding the widget, as the README tells bloggers to; {@code widget} is the element. */
  static String blogPage(String scriptUrl, String widget) {
    return """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Another blog</title><link rel="icon" href="data:,">
        <script src="%s" defer></script></head>
        <body style="font-family: serif"><h1>Another blog</h1>%s<p>The rest of the page.</p></body>
        </html>
        """.formatted(scriptUrl, widget);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.close();
  }
}
