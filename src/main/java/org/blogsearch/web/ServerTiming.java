package org.blogsearch.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.blogsearch.engine.StageTimes;

/**
 * The {@code Server-Timing} header of a search answer: each stage's time in milliseconds, which a
 * browser's developer tools show beside the request.
 */
final class ServerTiming {

  static final String HEADER = "Server-Timing";

  private ServerTiming() {}

  static String of(StageTimes took) {
    return took.stages().entrySet().stream()
        .map(stage -> String.format(Locale.ROOT, "%s;dur=%.3f", stage.getKey(), stage.getValue().toNanos() / 1e6))
        .collect(Collectors.joining(", "));
  }
}
