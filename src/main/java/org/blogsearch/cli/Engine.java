package org.blogsearch.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.ServiceLoader;
import org.blogsearch.engine.Cluster;
import org.blogsearch.engine.ClusterProvider;

/**
 * Which engine the commands index into and search: the embedded one over the index folder, or the
 * SolrCloud at {@code zk} or {@code url}, where the posts are those of {@code site}. The SolrCloud
 * engine comes as the add-on {@code blogsearch-solr.jar}, reached only through {@link ClusterProvider},
 * so the plain jar runs without it.
 */
record Engine(boolean solr, Optional<String> zk, Optional<String> url, String site) {

  /** The site name of a service that serves one blog. */
  static final String DEFAULT_SITE = "default";
  static final Engine LUCENE = new Engine(false, Optional.empty(), Optional.empty(), DEFAULT_SITE);
  /** Said when {@code --engine solr} is asked for and the add-on is not there. */
  static final String SOLR_MISSING = "--engine solr needs the add-on blogsearch-solr.jar, which holds the"
      + " SolrCloud client: put it beside blogsearch.jar (it was not found)";

  /** Connects to the SolrCloud through the add-on; fails with {@link #SOLR_MISSING} when it is not installed. */
  Cluster connect() throws IOException {
    return solrAddOn().orElseThrow(() -> new IOException(SOLR_MISSING)).connect(zk, url);
  }

  /** The same engine, for the posts of {@code other}. */
  Engine forSite(String other) {
    return new Engine(solr, zk, url, other);
  }

  /** The SolrCloud engine's entry point, when its add-on is on the class path. */
  static Optional<ClusterProvider> solrAddOn() {
    return ServiceLoader.load(ClusterProvider.class, Engine.class.getClassLoader()).findFirst();
  }
}
