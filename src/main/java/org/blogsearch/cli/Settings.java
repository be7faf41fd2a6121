package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.engine.Cluster;
import org.blogsearch.engine.IndexProgress;
import org.blogsearch.engine.IndexSummary;
import org.blogsearch.engine.Indexer;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.semantic.Embedder;

/**
 * The one configuration record every command is built from, and the one place where the engine is
 * chosen and its pieces (its indexer and its searcher) are wired together from it.
 */
record Settings(Path content, Path index, ContentOptions contentOptions, Engine engineChoice) {

  Settings(Path content, Path index, ContentOptions contentOptions) {
    this(content, index, contentOptions, Engine.LUCENE);
  }

  /** Settings for commands that only read the index. */
  static Settings forIndex(Path index) {
    return forIndex(index, Engine.LUCENE);
  }

  /** Settings for commands that only read the index, of the engine chosen. */
  static Settings forIndex(Path index, Engine engine) {
    return new Settings(Path.of("content"), index, ContentOptions.defaults(), engine);
  }

  ContentFolder contentFolder() {
    return new ContentFolder(content, contentOptions);
  }

  /** The same settings for another blog's posts: its folder, index and options, on the same engine. */
  Settings forSite(String site, Path siteContent, Path siteIndex, ContentOptions siteOptions) {
    return new Settings(siteContent, siteIndex, siteOptions, engineChoice.forSite(site));
  }

  /** The indexer; posts are read again when the options that shape them change. */
  Indexer indexer() {
    return indexer(Optional.empty());
  }

  /** The indexer, also embedding each post when a {@code meaning} model is given (embedded engine only). */
  Indexer indexer(Optional<Embedder> meaning) {
    if (engineChoice.solr()) {
      if (meaning.isPresent()) {
        throw new IllegalStateException("--semantic works with the embedded engine only, not with --engine solr");
      }
      return new SolrSiteIndexer();
    }
    PostIndexer indexer = new PostIndexer(contentFolder(), index, contentOptions.fingerprint());
    return meaning.<Indexer>map(indexer::embeddingWith).orElse(indexer);
  }

  /** Where the posts are indexed, for messages: the index folder, or the site on the cluster. */
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
    return engine(timeout, Optional.empty());
  }

  /** The engine a server answers with, also searching by meaning when a {@code meaning} model is given. */
  SearchEngine engine(Duration timeout, Optional<Embedder> meaning) throws IOException {
    if (!engineChoice.solr()) {
      return LuceneSearchEngine.open(index, Clock.systemUTC(), timeout, meaning);
    }
    if (meaning.isPresent()) {
      throw new IllegalStateException("--semantic works with the embedded engine only, not with --engine solr");
    }
    Cluster cluster = engineChoice.connect();
    try {
      return cluster.open(engineChoice.site(), Clock.systemUTC(), timeout);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** Indexes the site on the SolrCloud, connecting for each run and letting go after it. */
  private final class SolrSiteIndexer implements Indexer {
    @Override
    public boolean exists() throws IOException {
      try (Cluster cluster = engineChoice.connect()) {
        return solr(cluster).exists();
      }
    }

    @Override
    public IndexSummary index(boolean full, IndexProgress progress) throws IOException {
      try (Cluster cluster = engineChoice.connect()) {
        return solr(cluster).index(full, progress);
      }
    }

    private Indexer solr(Cluster cluster) {
      return cluster.indexer(contentFolder(), engineChoice.site(), contentOptions.fingerprint());
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
