package org.blogsearch.solr;

import java.util.Optional;
import org.blogsearch.engine.Cluster;
import org.blogsearch.engine.ClusterProvider;

/**
 * The add-on's entry point, named in its {@code META-INF/services}: the commands reach the SolrCloud
 * engine through it alone, so the plain jar loads no class of SolrJ.
 */
public final class SolrClusterProvider implements ClusterProvider {

  @Override
  public Cluster connect(Optional<String> zk, Optional<String> url) {
    return SolrCluster.connect(zk, url);
  }
}
