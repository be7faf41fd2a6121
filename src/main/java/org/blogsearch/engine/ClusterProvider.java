package org.blogsearch.engine;

import java.util.Optional;

/**
 * The entry point of the add-on {@code blogsearch-solr.jar}, found by {@link java.util.ServiceLoader}:
 * the plain jar holds this interface, the add-on the SolrCloud engine, its client and the one
 * implementation.
 */
public interface ClusterProvider {

  /**
   * Connects through ZooKeeper ({@code HOST:PORT[,HOST:PORT...][/chroot]}) when {@code zk} is given,
   * else through the node at {@code url}.
   */
  Cluster connect(Optional<String> zk, Optional<String> url);
}
