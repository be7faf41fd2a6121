package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.blogsearch.engine.StageTimes;
import org.junit.jupiter.api.Test;

class ServerTimingTest {

  @Test
  void eachStageInMillisecondsToTheMicrosecondInTheOrderTheyRan() {
    Map<String, Duration> stages = new LinkedHashMap<>();
    stages.put("query", Duration.ofNanos(1_234_567));
    stages.put("match", Duration.ofNanos(999_500));
    stages.put("hits", Duration.ofNanos(40_499));
    stages.put("facets", Duration.ofMillis(12));
    assertEquals("query;dur=1.235, match;dur=1.000, hits;dur=0.040, facets;dur=12.000",
        ServerTiming.of(new StageTimes(stages)));
    assertEquals("", ServerTiming.of(StageTimes.none()));
  }
}
