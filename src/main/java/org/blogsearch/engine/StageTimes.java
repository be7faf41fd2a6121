package org.blogsearch.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one search spent its time, stage by stage, in the order they ran: what an operator needs to
 * see which part of a slow search to look at.
 *
 * @param stages the time of each stage by its name, in the order they ran
 */
public record StageTimes(Map<String, Duration> stages) {

  public StageTimes {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
  }

  /** No stages: for answers made without searching. */
  public static StageTimes none() {
    return new StageTimes(Map.of());
  }

  /** Every stage together. */
  public Duration total() {
    return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** Times consecutive stages of one search on one thread; not thread-safe. */
  public static final class Clock {
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the stage named {@code name}, which began where the previous one ended. */
    public void lap(String name) {
      long now = System.nanoTime();
      stages.merge(name, Duration.ofNanos(now - last), Duration::plus);
      last = now;
    }

    public StageTimes times() {
      return new StageTimes(stages);
    }
  }
}
