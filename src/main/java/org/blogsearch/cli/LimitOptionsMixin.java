package org.blogsearch.cli;

import java.time.Duration;
import org.blogsearch.web.RequestLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The limits a server puts on what one request may ask and how often one client may ask. */
final class LimitOptionsMixin {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--max-query-length", paramLabel = "CHARS", defaultValue = "" + RequestLimits.DEFAULT_MAX_QUERY_LENGTH,
      description = "Answer 400 to a query longer than this (default: ${DEFAULT-VALUE}).")
  int maxQueryLength;

  @Option(names = "--max-query-words", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_QUERY_WORDS,
      description = "Answer 400 to a query of more words than this (default: ${DEFAULT-VALUE}).")
  int maxQueryWords;

  @Option(names = "--max-page-depth", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_MAX_DEPTH,
      description = "Answer 400 to a page reaching deeper than this many results, page x size "
          + "(default: ${DEFAULT-VALUE}).")
  int maxPageDepth;

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_RATE,
      description = "Requests a second each client may make on average; over it the server answers 429 with "
          + "Retry-After. 0 turns the limit off. Clients on this machine (loopback) are never limited "
          + "(default: ${DEFAULT-VALUE}).")
  int rateLimit;

  @Option(names = "--rate-limit-burst", paramLabel = "N", defaultValue = "" + RequestLimits.DEFAULT_BURST,
      description = "Requests each client may make at once before --rate-limit applies (default: ${DEFAULT-VALUE}).")
  int rateLimitBurst;

  @Option(names = "--trust-proxy",
      description = "Behind a reverse proxy: tell clients apart by the last address in X-Forwarded-For, "
          + "not by the address of the connection (which is the proxy's).")
  boolean trustProxy;

  private Duration requestTimeout;

  @Option(names = "--request-timeout", paramLabel = "MS", defaultValue = "2000",
      description = "Stop a search that takes longer than this and answer 503; 0 turns the limit off "
          + "(default: ${DEFAULT-VALUE}).")
  void requestTimeout(long millis) {
    if (millis < 0) {
      throw new ParameterException(spec.commandLine(), "--request-timeout must be 0 or more, not " + millis);
    }
    requestTimeout = Duration.ofMillis(millis);
  }

  RequestLimits requestLimits() {
    return new RequestLimits(maxQueryLength, maxQueryWords, maxPageDepth, rateLimit, rateLimitBurst, trustProxy);
  }

  Duration requestTimeout() {
    return requestTimeout;
  }
}
