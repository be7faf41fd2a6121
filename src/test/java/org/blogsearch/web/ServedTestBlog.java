package org.blogsearch.web;

import java.io.IOException;
import java.nio.file.Path;
import org.blogsearch.index.TestBlog;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.engine.SearchEngine;

/** The test blog indexed into a folder and served by the real server on a free port. */
final class ServedTestBlog implements AutoCloseable {

  final SearchEngine engine;
  final WebServer server;

  private ServedTestBlog(SearchEngine engine, WebServer server) {
    this.engine = engine;
    this.server = server;
  }

  static ServedTestBlog start(Path indexDir, WebOptions options) throws IOException {
    TestBlog.index(indexDir);
    SearchEngine engine = LuceneSearchEngine.open(indexDir);
    return new ServedTestBlog(engine, WebServer.start(engine, options));
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    engine.close();
  }
}
