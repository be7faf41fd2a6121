package org.blogsearch.index;

import org.blogsearch.engine.IndexSummary;
import org.blogsearch.engine.ContentWatcher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.FSDirectory;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherTest {

  @TempDir Path temp;
  private Path content;
  private SearchEngine engine;
  private ContentWatcher watcher;
  private final BlockingQueue<IndexSummary> runs = new LinkedBlockingQueue<>();
  private final AtomicInteger runCount = new AtomicInteger();

  @BeforeEach
  void watchASmallBlog() throws IOException {
    content = Files.createDirectories(temp.resolve("content/posts"));
    post("posts/first.md", "First", "apples");
    post("posts/second.md", "Second", "bananas");
    Path index = temp.resolve("index");
    PostIndexer indexer = TestBlog.indexer(temp.resolve("content"), index);
    indexer.index(false);
    engine = LuceneSearchEngine.open(index);
    watcher = ContentWatcher.start(temp.resolve("content"), indexer, summary -> {
      try {
        engine.refresh();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      runCount.incrementAndGet();
      runs.add(summary);
    });
  }

  @AfterEach
  void stop() throws IOException {
    watcher.close();
    engine.close();
  }

  private void post(String path, String title, String word) throws IOException {
    Path file = temp.resolve("content").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\ndate: 2024-01-01\n---\nA post about " + word + ".\n");
  }

  private long hits(String query) throws IOException {
    return engine.search(SearchRequest.of(query)).total();
  }

  /** Waits, run by run, until the index answers {@code query} with {@code expected} hits. */
  private void awaitHits(String query, long expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (hits(query) != expected) {
      long left = deadline - System.nanoTime();
      assertTrue(left > 0, "still " + hits(query) + " hits for " + query + ", expected " + expected);
      runs.poll(left, TimeUnit.NANOSECONDS);
    }
  }

  @Test
  void anEditIsServed() throws Exception {
    post("posts/first.md", "First", "cherries");
    awaitHits("cherries", 1);
    assertEquals(0, hits("apples"));
  }

  @Test
  void anEditSavedWhileAnotherProcessWritesIsServedOnceItIsDone() throws Exception {
    try (FSDirectory directory = FSDirectory.open(temp.resolve("index"));
        IndexWriter other = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(OpenMode.APPEND))) {
      post("posts/first.md", "First", "cherries");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (System.nanoTime() < until) {
        assertEquals(0, hits("cherries"), "the other process holds the index");
        runs.poll(100, TimeUnit.MILLISECONDS);
      }
    }
    awaitHits("cherries", 1);
  }

  @Test
  void anEditorsWriteThenRenameIsServed() throws Exception {
    Path draft = temp.resolve("content/posts/.second.md.swp");
    Files.writeString(draft, "---\ntitle: Second\n---\nA post about dates.\n");
    Files.move(draft, temp.resolve("content/posts/second.md"), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    awaitHits("dates", 1);
    assertEquals(0, hits("bananas"));
  }

  @Test
  void aDeletionIsServed() throws Exception {
    Files.delete(temp.resolve("content/posts/second.md"));
    awaitHits("bananas", 0);
    assertEquals(1, hits("apples"));
  }

  @Test
  void aFolderMovedInAndOutIsServed() throws Exception {
    Path outside = Files.createDirectories(temp.resolve("elsewhere/travel"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(outside.resolve("trip-" + i + ".md"), "---\ntitle: Trip " + i + "\n---\nA trip to lisbon.\n");
    }
    Files.move(outside, temp.resolve("content/travel"));
    awaitHits("lisbon", 3);
    Files.move(temp.resolve("content/travel"), temp.resolve("elsewhere/back"));
    awaitHits("lisbon", 0);
  }

  @Test
  void aBurstOfChangesIsGatheredIntoFewRuns() throws Exception {
    for (int i = 0; i < 200; i++) {
      post("posts/burst-" + i + ".md", "Burst " + i, "cranberries");
    }
    awaitHits("cranberries", 200);
    assertTrue(runCount.get() < 50, runCount.get() + " runs for 200 files");
  }
}
