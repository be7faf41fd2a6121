package org.blogsearch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request, those Jetty refuses before any route included: time, client address, method,
 * path, status, bytes sent, milliseconds. The query string is left out unless asked for, so what
 * readers search for is not written down by default. Thread-safe.
 *
 * <pre>2026-12-02T16:40:01.123Z 203.0.113.9 GET /api/search 200 1432 4</pre>
 */
final class AccessLog implements RequestLog, AutoCloseable {

  private final PrintStream out;
  private final boolean closes;
  private final boolean queries;
  private final boolean trustProxy;

  private AccessLog(PrintStream out, boolean closes, boolean queries, boolean trustProxy) {
    this.out = out;
    this.closes = closes;
    this.queries = queries;
    this.trustProxy = trustProxy;
  }

  /** The log {@code options} ask for, if any: to standard output, or appended to a file. */
  static Optional<AccessLog> open(AccessLogOptions options, boolean trustProxy) {
    if (options.target().isEmpty()) {
      return Optional.empty();
    }
    String target = options.target().get();
    if (target.equals(AccessLogOptions.STDOUT)) {
      return Optional.of(new AccessLog(System.out, false, options.queries(), trustProxy));
    }
    try {
      Path file = Path.of(target);
      OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return Optional.of(new AccessLog(new PrintStream(stream, true, StandardCharsets.UTF_8), true,
          options.queries(), trustProxy));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the access log " + target + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void log(Request request, Response response) {
    long millis = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
    String client = ClientAddress.text(request.getHeaders().getValuesList(ClientAddress.FORWARDED_FOR),
        Request.getRemoteAddr(request), trustProxy);
    String path = request.getHttpURI().getPath();
    String query = request.getHttpURI().getQuery();
    String line = String.format(Locale.ROOT, "%s %s %s %s %d %d %d", Instant.ofEpochMilli(Request.getTimeStamp(request)),
        client, request.getMethod(), path == null ? "-" : path + (queries && query != null ? "?" + query : ""),
        response.getStatus(), Response.getContentBytesWritten(response), millis);
    synchronized (out) {
      out.println(line);
    }
  }

  @Override
  public void close() {
    if (closes) {
      out.close();
    } else {
      out.flush();
    }
  }
}
