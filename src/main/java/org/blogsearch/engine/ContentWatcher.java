package org.blogsearch.engine;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in line with a content folder while a server runs: every change (a save, an
 * editor's write-then-rename, a deletion, a whole folder moved in or out) leads to an incremental
 * index run, through the same path as {@code blogsearch index}, ending in one commit. A burst of
 * changes, such as a {@code git pull}, is gathered into one run: a run starts once the folder has
 * been quiet for a moment, or at the latest shortly after the first change.
 */
public final class ContentWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);
  /** How long the folder must be quiet before a run starts. */
  private static final long QUIET_MILLIS = 150;
  /** The longest a change waits for its run while more keep coming. */
  private static final long MAX_WAIT_MILLIS = 1000;
  /** How often a change waits for another process to finish writing the index. */
  private static final long RETRY_MILLIS = 1000;

  private final Path root;
  private final Indexer indexer;
  private final Consumer<IndexSummary> onIndexed;
  private final WatchService watcher;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;

  private ContentWatcher(Path root, Indexer indexer, Consumer<IndexSummary> onIndexed) throws IOException {
    this.root = root;
    this.indexer = indexer;
    this.onIndexed = onIndexed;
    this.watcher = root.getFileSystem().newWatchService();
    this.thread = Thread.ofPlatform().name("blogsearch-watch").daemon().unstarted(this::run);
  }

  /**
   * Starts watching {@code root}; {@code onIndexed} hears each run's summary, on the watching thread,
   * after its commit.
   */
  public static ContentWatcher start(Path root, Indexer indexer, Consumer<IndexSummary> onIndexed)
      throws IOException {
    ContentWatcher watching = new ContentWatcher(root, indexer, onIndexed);
    watching.registerTree(root);
    watching.thread.start();
    return watching;
  }

  private void run() {
    boolean pending = false;
    try {
      while (true) {
        // A change that could not be indexed yet is tried again, whether or not more come.
        WatchKey first = pending ? watcher.poll(RETRY_MILLIS, TimeUnit.MILLISECONDS) : watcher.take();
        boolean changed = pending;
        if (first != null) {
          changed |= drain(first);
          gatherBurst();
        }
        if (changed) {
          boolean waiting = !reindex();
          if (waiting && !pending) {
            LOG.info("another process is writing the index; the change is indexed once it is done");
          }
          pending = waiting;
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the server is stopping.
    }
  }

  /** Takes the rest of a burst of changes: waits for a quiet moment, but not forever. */
  private void gatherBurst() throws InterruptedException {
    long firstSeen = System.nanoTime();
    while (true) {
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstSeen);
      long budget = Math.min(QUIET_MILLIS, MAX_WAIT_MILLIS - waited);
      WatchKey next = budget > 0 ? watcher.poll(budget, TimeUnit.MILLISECONDS) : null;
      if (next == null) {
        return;
      }
      drain(next);
    }
  }

  /** Takes the events of one folder, watching folders that appeared; whether any mattered. */
  private boolean drain(WatchKey key) {
    Path folder = folders.get(key);
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      changed = true;
      if (event.kind() == OVERFLOW || folder == null) {
        continue;
      }
      Path child = folder.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
        try {
          registerTree(child);
        } catch (IOException e) {
          LOG.warn("cannot watch {}: {}", root.relativize(child), e.toString());
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return changed;
  }

  /**
   * Runs the index; false when another process held the index, so the changes wait for the next
   * try, since nothing else may come to bring them in.
   */
  private boolean reindex() {
    try {
      IndexSummary summary = indexer.index(false);
      LOG.info("reindexed after a change: added {}, updated {}, deleted {}, {} skipped, in {} ms",
          summary.added(), summary.updated(), summary.deleted(), summary.errors().size(), summary.took().toMillis());
      summary.errors().forEach(problem -> LOG.warn("skipped {}", problem));
      onIndexed.accept(summary);
    } catch (IndexLockedException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      // The last commit still serves; the next change tries again.
      LOG.warn("could not reindex after a change: {}", e.getMessage());
    }
    return true;
  }

  private void registerTree(Path start) throws IOException {
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        folders.put(dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Stops watching; a run in progress finishes its commit first. */
  @Override
  public void close() throws IOException {
    watcher.close();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
