package org.blogsearch.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.1 connection kept open between requests, as browsers keep them: what a server that has
 * begun to stop sees as a new request on a connection it already had.
 */
final class KeptAliveConnection implements AutoCloseable {

  /** A response as read off the connection. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private final Socket socket;

  private KeptAliveConnection(Socket socket) {
    this.socket = socket;
  }

  static KeptAliveConnection open(int port) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(30));
    return new KeptAliveConnection(socket);
  }

  Answer get(String pathAndQuery) throws IOException {
    send(pathAndQuery);
    return read();
  }

  void send(String pathAndQuery) throws IOException {
    socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
  }

  /** The next response on the connection. */
  Answer read() throws IOException {
    InputStream in = socket.getInputStream();
    String[] head = readHead(in).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
    }
    String length = headers.get("content-length");
    if (length == null) {
      throw new AssertionError("no Content-Length: " + String.join("\n", head));
    }
    String body = new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
    return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new AssertionError("the server closed the connection; read so far: " + head);
      }
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII).strip();
  }

  /** Waits until the server takes no new connection: it has begun to stop. */
  static void awaitRefused(int port) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (IOException refused) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    throw new AssertionError("the server still takes connections 10 s after SIGTERM");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
