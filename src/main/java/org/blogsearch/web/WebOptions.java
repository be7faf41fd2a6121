package org.blogsearch.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Where the server listens, which web pages may read its API, and what one client may ask of it.
 *
 * @param host the address to listen on
 * @param port the port; 0 picks a free one
 * @param corsOrigins the origins (such as {@code https://blog.example}) whose pages may call the API from
 *     another origin; empty lets every origin do so, which suits an API that only serves published posts
 * @param limits how long a query may be, how deep a page, how often a client may ask
 * @param metrics where {@code /metrics} is answered, if anywhere
 * @param accessLog whether and where a line per request is written
 * @param siteCorsOrigins for a site named here, the origins whose pages may read its answers, in place of
 *     {@code corsOrigins}
 */
public record WebOptions(String host, int port, List<String> corsOrigins, RequestLimits limits, MetricsPlace metrics,
    AccessLogOptions accessLog, Map<String, List<String>> siteCorsOrigins) {

  public WebOptions {
    corsOrigins = corsOrigins.stream().map(WebOptions::origin).distinct().toList();
    if (metrics.ownPort() && metrics.port() != 0 && metrics.port() == port) {
      throw new IllegalArgumentException("--metrics-port must differ from --port " + port);
    }
    Map<String, List<String>> bySite = new HashMap<>();
    siteCorsOrigins.forEach((site, origins) -> bySite.put(site, origins.stream().map(WebOptions::origin).distinct().toList()));
    siteCorsOrigins = Map.copyOf(bySite);
  }

  /** Every site answering the same origins. */
  public WebOptions(String host, int port, List<String> corsOrigins, RequestLimits limits, MetricsPlace metrics,
      AccessLogOptions accessLog) {
    this(host, port, corsOrigins, limits, metrics, accessLog, Map.of());
  }

  /** Listens on {@code host:port}, answers pages of the given origins for every site, within {@code limits}. */
  public WebOptions(String host, int port, List<String> corsOrigins, RequestLimits limits,
      Map<String, List<String>> siteCorsOrigins) {
    this(host, port, corsOrigins, limits, MetricsPlace.WITH_API, AccessLogOptions.OFF, siteCorsOrigins);
  }

  /** Metrics beside the API and no access log. */
  public WebOptions(String host, int port, List<String> corsOrigins, RequestLimits limits) {
    this(host, port, corsOrigins, limits, MetricsPlace.WITH_API, AccessLogOptions.OFF);
  }

  /** Listens on {@code host:port}, answers pages of the given origins, with the default limits. */
  public WebOptions(String host, int port, List<String> corsOrigins) {
    this(host, port, corsOrigins, RequestLimits.DEFAULTS);
  }

  /** Listens on {@code host:port} and answers pages of any origin. */
  public static WebOptions of(String host, int port) {
    return new WebOptions(host, port, List.of());
  }

  boolean anyOrigin() {
    return corsOrigins.isEmpty() || corsOrigins.contains("*");
  }

  /** An origin as browsers send it: scheme, host and port only, in lower case, without a trailing slash. */
  private static String origin(String text) {
    String trimmed = text.strip();
    if (trimmed.equals("*")) {
      return trimmed;
    }
    try {
      URI uri = new URI(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
      String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
      boolean bare = uri.getHost() != null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
          && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
      if ((scheme.equals("http") || scheme.equals("https")) && bare) {
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      }
    } catch (URISyntaxException e) {
      // Answered below, in the same words as every other malformed origin.
    }
    throw new IllegalArgumentException(
        "a CORS origin is written scheme://host[:port], such as https://blog.example, not '" + text + "'");
  }
}
