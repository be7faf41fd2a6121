package org.blogsearch.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.ContentWatcher;
import org.blogsearch.engine.Sites;
import org.blogsearch.semantic.Embedder;

/** The content watchers of {@code serve --watch}: one per site, each serving its site's commits at once. */
final class Watchers implements AutoCloseable {

  static final Watchers NONE = new Watchers(List.of());

  private final List<ContentWatcher> watchers;

  private Watchers(List<ContentWatcher> watchers) {
    this.watchers = watchers;
  }

  /** Starts watching the content folder of every site; on a failure, stops those already started. */
  static Watchers start(List<Site> sites, Sites served, Optional<Embedder> meaning) throws IOException {
    List<ContentWatcher> started = new ArrayList<>();
    try {
      for (Site site : sites) {
        started.add(ContentWatcher.start(site.settings().content(), site.settings().indexer(meaning),
            summary -> served.refresh(site.name())));
      }
    } catch (IOException | RuntimeException e) {
      new Watchers(started).close();
      throw e;
    }
    return new Watchers(started);
  }

  @Override
  public void close() throws IOException {
    for (ContentWatcher watcher : watchers) {
      watcher.close();
    }
  }
}
