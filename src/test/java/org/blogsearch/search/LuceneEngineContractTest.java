package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import java.nio.file.Path;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.io.TempDir;

class LuceneEngineContractTest extends EngineContract {

  @TempDir static Path indexDir;

  @Override
  protected SearchEngine indexTheTestBlog() throws Exception {
    TestBlog.index(indexDir);
    return LuceneSearchEngine.open(indexDir);
  }
}
