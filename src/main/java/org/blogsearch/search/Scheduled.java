package org.blogsearch.search;

import java.time.Instant;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.blogsearch.index.Schema;

/**
 * Posts indexed ahead of their publish date. Every answer leaves them out until it comes, as it leaves
 * out expired posts, so a post appears on time without another index run. Stateless.
 */
final class Scheduled {

  private Scheduled() {}

  /** {@code query}, without the posts whose publish time is still to come at {@code now}. */
  static Query leftOut(Query query, Instant now) {
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.PUBLISHES, now.toEpochMilli() + 1, Long.MAX_VALUE), Occur.MUST_NOT)
        .build();
  }
}
