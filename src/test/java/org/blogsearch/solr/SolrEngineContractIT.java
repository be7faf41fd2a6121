package org.blogsearch.solr;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.index.TestBlog;
import org.blogsearch.search.EngineContract;
import org.blogsearch.engine.SearchEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/** The engine contract on a real two-node SolrCloud. */
class SolrEngineContractIT extends EngineContract {

  @TempDir static Path folder;
  private TestCluster cluster;

  @Override
  protected SearchEngine indexTheTestBlog() throws Exception {
    cluster = TestCluster.start(folder);
    SolrCluster solr = cluster.connect();
    new SolrIndexer(new ContentFolder(TestBlog.folder(), new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false,
        TestBlog.CLOCK)), solr, "default", "test").index(true);
    return SolrSearchEngine.open(solr, "default", Clock.systemUTC(), Duration.ZERO);
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }
}
