package org.blogsearch.web;

/**
 * Where {@code GET /metrics} is answered: beside the API, on a port of its own on the same host (for
 * a site that keeps it from the public), or nowhere.
 *
 * @param served whether it is answered at all
 * @param port the port of its own, 0 for a free one; -1 to answer beside the API
 */
public record MetricsPlace(boolean served, int port) {

  public static final MetricsPlace WITH_API = new MetricsPlace(true, -1);
  public static final MetricsPlace OFF = new MetricsPlace(false, -1);

  public MetricsPlace {
    if (port < -1 || port > 65_535) {
      throw new IllegalArgumentException("--metrics-port must be a port from 0 to 65535, not " + port);
    }
  }

  public static MetricsPlace onPort(int port) {
    return new MetricsPlace(true, port);
  }

  boolean ownPort() {
    return served && port >= 0;
  }

  boolean withApi() {
    return served && port < 0;
  }
}
