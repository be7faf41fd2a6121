package org.blogsearch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyQueryLogTest {

  private static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void eachSearchIsALineOfItsMinuteResultsAndNormalizedWords() throws IOException {
    try (QueryLog log = DailyQueryLog.open(folder, 90, CLOCK)) {
      log.record("  Lucene\tRanking \n", 3);
      log.record("ZEPPELIN", 0);
    }
    assertEquals(List.of("2026-03-14T09:26:00Z\t3\tlucene ranking", "2026-03-14T09:26:00Z\t0\tzeppelin"),
        Files.readAllLines(folder.resolve("queries-2026-03-14.tsv")));
  }

  @Test
  void controlCharactersNeverReachTheLog() throws IOException {
    try (QueryLog log = DailyQueryLog.open(folder, 90, CLOCK)) {
      log.record("lucene\u0000ranking\u001b[31m\u007f", 1);
    }
    assertEquals(List.of("2026-03-14T09:26:00Z\t1\tlucene ranking [31m"),
        Files.readAllLines(folder.resolve("queries-2026-03-14.tsv")));
  }

  @Test
  void browsingWithoutWordsIsNotASearchToLog() throws IOException {
    try (QueryLog log = DailyQueryLog.open(folder, 90, CLOCK)) {
      log.record("", 12);
      log.record(" \t ", 12);
    }
    assertFalse(Files.exists(folder.resolve("queries-2026-03-14.tsv")));
  }

  @Test
  void filesOlderThanTheDaysToKeepAreDeletedAndOthersKept() throws IOException {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    Path expired = DailyQueryLog.file(folder, today.minusDays(7));
    Path kept = DailyQueryLog.file(folder, today.minusDays(6));
    Path notOurs = folder.resolve("notes.txt");
    for (Path file : List.of(expired, kept, notOurs)) {
      Files.writeString(file, "x\n");
    }
    DailyQueryLog.open(folder, 7, CLOCK).close();
    assertFalse(Files.exists(expired));
    assertTrue(Files.exists(kept));
    assertTrue(Files.exists(notOurs));
  }

  @Test
  void aLogThatIsOffKeepsNothing() {
    QueryLog.OFF.record("lucene", 1);
    assertEquals(0, QueryLog.OFF.dropped());
  }
}
