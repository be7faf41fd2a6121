package org.blogsearch.solr;

import java.io.IOException;
import org.apache.solr.common.SolrException;

/** Turns what SolrJ throws into an {@link IOException} that says in one sentence what went wrong where. */
final class SolrFailure {

  private SolrFailure() {}

  static IOException of(SolrCluster cluster, Exception e) {
    String reason = e instanceof SolrException solr ? solr.getMessage() : String.valueOf(rootCause(e).getMessage());
    return new IOException("Solr at " + cluster + " failed: " + reason.strip().lines().findFirst().orElse(""), e);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
