package org.blogsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.blogsearch.index.PostIndexer;

/**
 * The searchers over one index folder: refreshed when a commit lands there, and opened anew when the
 * folder holds another index than the one served, deleted and rebuilt in its place, which Lucene's
 * reopen cannot follow (it would keep serving the deleted files). Thread-safe.
 */
final class ServedIndex implements Closeable {

  private final Directory directory;
  private final SearcherFactory searchers;
  private final ReferenceManager.RefreshListener refreshes;
  private volatile SearcherManager current;

  ServedIndex(Directory directory, SearcherFactory searchers, ReferenceManager.RefreshListener refreshes)
      throws IOException {
    this.directory = directory;
    this.searchers = searchers;
    this.refreshes = refreshes;
    this.current = open();
  }

  /** A searcher of the index served now, to close once done with it. */
  record Lease(SearcherManager manager, IndexSearcher searcher) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      manager.release(searcher);
    }
  }

  Lease acquire() throws IOException {
    while (true) {
      SearcherManager manager = current;
      try {
        return new Lease(manager, manager.acquire());
      } catch (AlreadyClosedException e) {
        // A rebuilt index replaced this one a moment ago: the next manager serves it.
      }
    }
  }

  /**
   * Serves the folder's latest commit, waiting for a refresh under way when {@code blocking}, else
   * leaving it to that one.
   */
  synchronized void refresh(boolean blocking) throws IOException {
    SegmentInfos latest;
    try {
      latest = SegmentInfos.readLatestCommit(directory);
    } catch (IndexNotFoundException e) {
      // The folder is being rebuilt and holds no commit yet: what is served stays until it does.
      return;
    }
    if (replaced(latest)) {
      refreshes.beforeRefresh();
      SearcherManager old = current;
      current = open();
      old.close();
      refreshes.afterRefresh(true);
    } else if (blocking) {
      current.maybeRefreshBlocking();
    } else {
      current.maybeRefresh();
    }
  }

  /**
   * Whether the latest commit belongs to another index: one of another identity (see
   * {@link PostIndexer#INDEX_ID}); and, for an index written before identities, one of a lower
   * generation, or the same with other commit data, since every commit of one index has a higher
   * generation than the one before.
   */
  private boolean replaced(SegmentInfos latest) throws IOException {
    try (Lease lease = acquire()) {
      IndexCommit served = ((DirectoryReader) lease.searcher().getIndexReader()).getIndexCommit();
      return !Objects.equals(latest.getUserData().get(PostIndexer.INDEX_ID), served.getUserData().get(PostIndexer.INDEX_ID))
          || latest.getGeneration() < served.getGeneration()
          || latest.getGeneration() == served.getGeneration() && !latest.getUserData().equals(served.getUserData());
    }
  }

  private SearcherManager open() throws IOException {
    SearcherManager manager = new SearcherManager(directory, searchers);
    manager.addListener(refreshes);
    return manager;
  }

  @Override
  public void close() throws IOException {
    current.close();
  }
}
