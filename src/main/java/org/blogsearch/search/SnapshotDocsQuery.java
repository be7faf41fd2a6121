package org.blogsearch.search;

import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The posts of one index snapshot given by their document numbers, as found by an earlier search
 * of the same snapshot: no term is looked up again. Only valid on {@link #reader}; searching another
 * reader is an error rather than a wrong answer. Never cached.
 */
final class SnapshotDocsQuery extends Query {

  private final IndexReader reader;
  private final int[] docs;

  SnapshotDocsQuery(IndexReader reader, int[] docs) {
    this.reader = reader;
    this.docs = docs.clone();
    Arrays.sort(this.docs);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    if (searcher.getIndexReader() != reader) {
      throw new IllegalStateException("document numbers of another index snapshot");
    }
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) {
        int from = lowerBound(context.docBase);
        int to = lowerBound(context.docBase + context.reader().maxDoc());
        if (from == to) {
          return null;
        }
        DocIdSetIterator iterator = new Iterator(context.docBase, from, to);
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  private int lowerBound(int doc) {
    int at = Arrays.binarySearch(docs, doc);
    if (at < 0) {
      return -at - 1;
    }
    while (at > 0 && docs[at - 1] == doc) {
      at--;
    }
    return at;
  }

  /** The documents {@code docs[from..to)} of one segment, numbered within it. */
  private final class Iterator extends DocIdSetIterator {
    private final int docBase;
    private final int from;
    private final int to;
    private int next;
    private int doc = -1;

    Iterator(int docBase, int from, int to) {
      this.docBase = docBase;
      this.from = from;
      this.to = to;
      this.next = from;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      while (next < to && docs[next] - docBase <= doc) {
        next++;
      }
      doc = next < to ? docs[next++] - docBase : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public int advance(int target) {
      while (next < to && docs[next] - docBase < target) {
        next++;
      }
      doc = next < to ? docs[next++] - docBase : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public long cost() {
      return to - from;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "docs" + Arrays.toString(docs);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && reader == ((SnapshotDocsQuery) other).reader
        && Arrays.equals(docs, ((SnapshotDocsQuery) other).docs);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Arrays.hashCode(docs);
  }
}
