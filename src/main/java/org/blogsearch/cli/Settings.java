package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.index.IndexProgress;
import org.blogsearch.index.IndexSummary;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.search.SearchEngine;
import org.blogsearch.solr.SolrCluster;
import org.blogsearch.solr.SolrIndexer;
import org.blogsearch.solr.SolrSearchEngine;

/**
 * The one configuration record every command is built from, and the place where the pieces are wired
 * together from it: the one place that chooses the engine.
 */
record Settings(Path content, Path index, ContentOptions contentOptions, Engine engineChoice) {

  Settings(Path content, Path index, ContentOptions contentOptions) {
    this(content, index, contentOptions, Engine.LUCENE);
  }

  /** Settings for commands that only read the index. */
  static Settings forIndex(Path index, Engine engine) {
    return new Settings(Path.of("content"), index, ContentOptions.defaults(), engine);
  }

  ContentFolder contentFolder() {
    return new ContentFolder(content, contentOptions);
  }

  /** The indexer; posts are read again when the options that shape them change. */
  PostIndexer indexer() {
    return new PostIndexer(contentFolder(), index, contentOptions.fingerprint());
  }

  /** Brings the chosen engine's posts in line with the content folder. */
  IndexSummary index(boolean full, IndexProgress progress) throws IOException {
    if (!engineChoice.solr()) {
      return indexer().index(full, progress);
    }
    try (SolrCluster cluster = engineChoice.connect()) {
      return new SolrIndexer(contentFolder(), cluster, engineChoice.site(), contentOptions.fingerprint())
          .index(full, progress);
    }
  }

  /** Whether the chosen engine holds an index of the posts yet. */
  boolean indexExists() throws IOException {
    if (!engineChoice.solr()) {
      return PostIndexer.exists(index);
    }
    try (SolrCluster cluster = engineChoice.connect()) {
      return new SolrIndexer(contentFolder(), cluster, engineChoice.site(), contentOptions.fingerprint()).exists();
    }
  }

  /** Where the posts are indexed, for messages: the index folder, or the cluster. */
  String indexedIn() {
    return engineChoice.solr() ? "site '" + engineChoice.site() + "' of "
        + engineChoice.zk().map(zk -> "ZooKeeper " + zk).orElseGet(() -> "Solr " + engineChoice.url().orElseThrow())
        : index.toString();
  }

  SearchEngine engine() throws IOException {
    return engine(Duration.ZERO);
  }

  /** The engine a server answers with: a search taking longer than {@code timeout} is stopped. */
  SearchEngine engine(Duration timeout) throws IOException {
    if (!engineChoice.solr()) {
      return LuceneSearchEngine.open(index, Clock.systemUTC(), timeout);
    }
    SolrCluster cluster = engineChoice.connect();
    try {
      return SolrSearchEngine.open(cluster, engineChoice.site(), Clock.systemUTC(), timeout);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * Where the query log of an index is kept by default: beside the index folder, never inside it,
   * where it would be mistaken for part of the index ({@code index} keeps {@code index-queries}).
   */
  static Path queryLogBeside(Path index) {
    Path folder = index.toAbsolutePath().normalize();
    return folder.getFileName() == null ? folder.resolve("blogsearch-queries")
        : folder.resolveSibling(folder.getFileName() + "-queries");
  }
}
