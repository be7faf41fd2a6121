package org.blogsearch.cli;

import java.util.Optional;
import org.blogsearch.solr.SolrCluster;

/**
 * Which engine the commands index into and search: the embedded one over the index folder, or the
 * SolrCloud at {@code zk} or {@code url}, where the posts are those of {@code site}.
 */
record Engine(boolean solr, Optional<String> zk, Optional<String> url, String site) {

  /** The site name of a service that serves one blog. */
  static final String DEFAULT_SITE = "default";
  static final Engine LUCENE = new Engine(false, Optional.empty(), Optional.empty(), DEFAULT_SITE);

  SolrCluster connect() {
    return SolrCluster.connect(zk, url);
  }

  /** The same engine, for the posts of {@code other}. */
  Engine forSite(String other) {
    return new Engine(solr, zk, url, other);
  }
}
