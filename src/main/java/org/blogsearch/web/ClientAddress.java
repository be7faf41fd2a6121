package org.blogsearch.web;

import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a request comes from, as the rate limit counts clients: the address of the connection, or with
 * a trusted proxy in front, the last address in {@code X-Forwarded-For}, across all its lines: the
 * one that proxy appended (the ones before it come from the client and prove nothing). An IPv6 client is its /64 network, since one
 * machine commonly holds a whole /64.
 */
record ClientAddress(String key, boolean loopback) {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  static ClientAddress of(Context ctx, boolean trustProxy) {
    return parse(text(Collections.list(ctx.req().getHeaders(FORWARDED_FOR)), ctx.ip(), trustProxy));
  }

  /**
   * The client's address as written: the connection's, or behind a trusted proxy the last address in
   * the {@code X-Forwarded-For} header {@code lines}.
   */
  static String text(List<String> forwardedFor, String connection, boolean trustProxy) {
    if (trustProxy) {
      // A client may send header lines of its own; the proxy's address is the last of the last line.
      for (String line : forwardedFor.reversed()) {
        String[] hops = line.split(",");
        String last = hops.length == 0 ? "" : hops[hops.length - 1].strip();
        if (!last.isEmpty()) {
          return last;
        }
      }
    }
    return connection;
  }

  static ClientAddress parse(String text) {
    String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    Optional<InetAddress> address = literal(bare);
    if (address.isEmpty()) {
      return new ClientAddress(bare, false);
    }
    InetAddress ip = address.get();
    if (ip instanceof Inet6Address && !ip.isLoopbackAddress()) {
      return new ClientAddress(HexFormat.of().formatHex(ip.getAddress(), 0, 8) + "::/64", false);
    }
    return new ClientAddress(ip.getHostAddress(), ip.isLoopbackAddress());
  }

  /** The address written in {@code text}; never a name, which would cost a DNS lookup. */
  private static Optional<InetAddress> literal(String text) {
    if (!LITERAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
