package org.blogsearch.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query log on disk: a file a day (UTC) named {@code queries-2026-11-27.tsv}, a line a search.
 * Requests only put the search in a bounded queue; once a second one thread writes what came in, so
 * a disk that cannot keep up costs searches from the log (counted in {@link #dropped()}), never a
 * reader's time. Files older than the days to keep are deleted. Thread-safe.
 */
public final class DailyQueryLog implements QueryLog {

  private static final Logger LOG = LoggerFactory.getLogger(DailyQueryLog.class);
  /** A second of searches at well over the rate a 2-core machine serves. */
  private static final int QUEUED = 20_000;
  private static final long WRITE_SECONDS = 1;
  private static final long CLOSE_SECONDS = 5;
  private static final String PREFIX = "queries-";
  private static final String SUFFIX = ".tsv";

  private final Path folder;
  private final int keepDays;
  private final Clock clock;
  private final BlockingQueue<LoggedQuery> queue = new ArrayBlockingQueue<>(QUEUED);
  private final AtomicLong dropped = new AtomicLong();
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("blogsearch-query-log").daemon().factory());
  private LocalDate lastCleaned;
  private boolean failing;

  private DailyQueryLog(Path folder, int keepDays, Clock clock) {
    this.folder = folder;
    this.keepDays = keepDays;
    this.clock = clock;
  }

  /** Opens the log in {@code folder}, creating it, and deletes the files older than {@code keepDays}. */
  public static DailyQueryLog open(Path folder, int keepDays, Clock clock) throws IOException {
    if (keepDays < 1) {
      throw new IllegalArgumentException("the query log keeps at least 1 day, not " + keepDays);
    }
    Files.createDirectories(folder);
    DailyQueryLog log = new DailyQueryLog(folder, keepDays, clock);
    log.deleteExpired(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    log.writer.scheduleWithFixedDelay(log::write, WRITE_SECONDS, WRITE_SECONDS, TimeUnit.SECONDS);
    return log;
  }

  /** The file of one day's searches. */
  static Path file(Path folder, LocalDate day) {
    return folder.resolve(PREFIX + day + SUFFIX);
  }

  /** The day a log file is of, or null for a file that is not one. */
  static LocalDate dayOf(Path file) {
    String name = file.getFileName().toString();
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
      return null;
    }
    try {
      return LocalDate.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public void record(String query, long results) {
    if (!query.isBlank() && !queue.offer(new LoggedQuery(clock.instant(), results, query))) {
      dropped.incrementAndGet();
    }
  }

  @Override
  public long dropped() {
    return dropped.get();
  }

  /** Writes out what is still waiting and stops the writer. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      if (writer.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS)) {
        write();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs on the writer's thread, and once more on the closing one after the writer has stopped. */
  private synchronized void write() {
    List<LoggedQuery> batch = new ArrayList<>(queue.size());
    queue.drainTo(batch);
    if (batch.isEmpty()) {
      return;
    }
    Map<LocalDate, List<String>> byDay = batch.stream().collect(Collectors.groupingBy(
        q -> LocalDate.ofInstant(q.minute(), ZoneOffset.UTC), TreeMap::new,
        Collectors.mapping(LoggedQuery::line, Collectors.toList())));
    try {
      for (Map.Entry<LocalDate, List<String>> day : byDay.entrySet()) {
        deleteExpired(day.getKey());
        Files.write(file(folder, day.getKey()), day.getValue(), StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      failing = false;
    } catch (IOException e) {
      dropped.addAndGet(batch.size());
      // Said once when the trouble starts, not every second while the disk stays full.
      if (!failing) {
        LOG.warn("could not write the query log in {}: {}", folder, e.toString());
      }
      failing = true;
    }
  }

  /** Deletes the files of days before the days to keep, once a day. */
  private void deleteExpired(LocalDate today) throws IOException {
    if (today.equals(lastCleaned)) {
      return;
    }
    lastCleaned = today;
    LocalDate oldestKept = today.minusDays(keepDays - 1);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
      for (Path file : files) {
        LocalDate day = dayOf(file);
        if (day != null && day.isBefore(oldestKept)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
