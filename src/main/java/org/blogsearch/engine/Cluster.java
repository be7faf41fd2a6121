package org.blogsearch.engine;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.blogsearch.content.ContentFolder;

/**
 * A connection to a search cluster that holds the posts of many sites (SolrCloud, through the add-on
 * {@code blogsearch-solr.jar}): the commands index into it and search it through this seam alone, so
 * the plain jar runs without the cluster's client. Thread-safe.
 */
public interface Cluster extends AutoCloseable {

  /**
   * Creates what blogsearch keeps in the cluster when it is missing, or updates it; answers one line
   * for the user saying what is there.
   */
  String init() throws IOException;

  /**
   * The engine that answers for {@code site}, which closes this connection when it is closed; fails
   * with a clear message when the site has not been indexed. A search taking longer than {@code
   * timeout} (zero: no limit) fails with a {@link SearchTimeoutException}.
   */
  SearchEngine open(String site, Clock clock, Duration timeout) throws IOException;

  /**
   * The indexer of {@code site}'s posts from {@code content}; {@code fingerprint} describes what
   * besides the file bytes shapes a post (the content options).
   */
  Indexer indexer(ContentFolder content, String site, String fingerprint);

  @Override
  void close() throws IOException;
}
