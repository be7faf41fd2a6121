package org.blogsearch.search;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.blogsearch.index.Schema;

/**
 * Finds the posts most like a given one: the most telling words of its title and body, and its tags.
 * Never the post itself. Thread-safe: a {@link MoreLikeThis} is made per request.
 */
final class RelatedPosts {

  private static final float TAG_WEIGHT = 2f;
  private static final int MAX_QUERY_TERMS = 25;

  /** The post's own source path and the query for posts like it; empty when no post has the slug. */
  record Like(String path, Query query) {}

  Optional<Like> like(IndexSearcher searcher, String slug) throws IOException {
    TopDocs bySlug = searcher.search(new TermQuery(new Term(Schema.SLUG, slug)), 1);
    if (bySlug.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = bySlug.scoreDocs[0].doc;
    Document stored = searcher.storedFields().document(doc, Set.of(Schema.ID, Schema.TAG_DISPLAY));
    MoreLikeThis similar = new MoreLikeThis(searcher.getIndexReader());
    similar.setAnalyzer(Schema.analyzer());
    similar.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
    similar.setMinTermFreq(1);
    similar.setMinDocFreq(2);
    similar.setMaxQueryTerms(MAX_QUERY_TERMS);
    similar.setBoost(true);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(similar.like(doc), Occur.SHOULD);
    for (String tag : stored.getValues(Schema.TAG_DISPLAY)) {
      query.add(new BoostQuery(new TermQuery(new Term(Schema.TAG, Schema.normalizeTag(tag))), TAG_WEIGHT),
          Occur.SHOULD);
    }
    String path = stored.get(Schema.ID);
    query.add(new TermQuery(new Term(Schema.ID, path)), Occur.MUST_NOT);
    return Optional.of(new Like(path, query.setMinimumNumberShouldMatch(1).build()));
  }
}
