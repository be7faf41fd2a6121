package org.blogsearch.search;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.blogsearch.index.Schema;

/**
 * Finds the posts most like a given one: by the most telling words of its title and body, and its
 * tags; or, where the index holds what posts mean, the posts nearest to it in meaning, those sharing
 * a tag with it first. Never the post itself, nor another with its slug or URL. Thread-safe: a
 * {@link MoreLikeThis} is made per request.
 */
final class RelatedPosts {

  private static final float TAG_WEIGHT = 2f;
  private static final int MAX_QUERY_TERMS = 25;
  /** How many of the nearest posts are weighed, tags first, to pick the few shown. */
  private static final int NEAREST = 100;

  /** The post asked about: its document, and the tags and URL it shares with others. */
  record Source(int doc, String url, String[] tags) {}

  /**
   * The post {@code slug} names among those {@code published} lets through; empty when none has the
   * slug. Of several posts with one slug, it is the first by path, as {@code check} and {@code index}
   * warn.
   */
  Optional<Source> source(IndexSearcher searcher, String slug, Query published) throws IOException {
    Query bySlug = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.SLUG, slug)), Occur.FILTER)
        .add(published, Occur.FILTER)
        .build();
    TopDocs first = searcher.search(bySlug, 1, new Sort(LuceneSearchEngine.BY_PATH));
    if (first.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = first.scoreDocs[0].doc;
    Document stored = searcher.storedFields().document(doc, Set.of(Schema.URL, Schema.TAG_DISPLAY));
    return Optional.of(new Source(doc, stored.get(Schema.URL), stored.getValues(Schema.TAG_DISPLAY)));
  }

  /** The query for posts like {@code source} by their words and tags. */
  Query byWords(IndexSearcher searcher, String slug, Source source) throws IOException {
    MoreLikeThis similar = new MoreLikeThis(searcher.getIndexReader());
    similar.setAnalyzer(Schema.analyzer());
    similar.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
    similar.setMinTermFreq(1);
    similar.setMinDocFreq(2);
    similar.setMaxQueryTerms(MAX_QUERY_TERMS);
    similar.setBoost(true);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(similar.like(source.doc()), Occur.SHOULD);
    for (String tag : source.tags()) {
      query.add(new BoostQuery(tagQuery(tag), TAG_WEIGHT), Occur.SHOULD);
    }
    return query.add(namesakes(slug, source), Occur.MUST_NOT).setMinimumNumberShouldMatch(1).build();
  }

  /**
   * The query for the posts nearest to {@code source} in meaning among those {@code published} lets
   * through, those sharing a tag with it first (a similarity lies in 0..1; a shared tag adds 1); empty
   * when the post has no stored meaning.
   */
  Optional<Query> byMeaning(IndexSearcher searcher, String slug, Source source, Query published)
      throws IOException {
    Optional<float[]> vector = meaningOf(searcher, source.doc());
    if (vector.isEmpty()) {
      return Optional.empty();
    }
    Query others = new BooleanQuery.Builder()
        .add(published, Occur.FILTER)
        .add(namesakes(slug, source), Occur.MUST_NOT)
        .build();
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new KnnFloatVectorQuery(Schema.MEANING, vector.get(), NEAREST, others), Occur.MUST);
    if (source.tags().length > 0) {
      BooleanQuery.Builder anyTag = new BooleanQuery.Builder();
      for (String tag : source.tags()) {
        anyTag.add(tagQuery(tag), Occur.SHOULD);
      }
      query.add(new ConstantScoreQuery(anyTag.build()), Occur.SHOULD);
    }
    return Optional.of(query.build());
  }

  private static Optional<float[]> meaningOf(IndexSearcher searcher, int doc) throws IOException {
    LeafReaderContext leaf = searcher.getIndexReader().leaves()
        .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.MEANING);
    if (values == null) {
      return Optional.empty();
    }
    KnnVectorValues.DocIndexIterator posts = values.iterator();
    int inLeaf = doc - leaf.docBase;
    return posts.advance(inLeaf) == inLeaf
        ? Optional.of(values.vectorValue(posts.index()).clone())
        : Optional.empty();
  }

  private static Query tagQuery(String tag) {
    return new TermQuery(new Term(Schema.TAG, Schema.normalizeTag(tag)));
  }

  /** A reader asking about this post knows its namesakes by the same slug or at the same URL. */
  private static Query namesakes(String slug, Source source) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.SLUG, slug)), Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.URL, source.url())), Occur.SHOULD)
        .build();
  }
}
