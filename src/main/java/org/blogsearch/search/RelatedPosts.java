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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.blogsearch.index.Schema;

/**
 * Finds the posts most like a given one: the most telling words of its title and body, and its tags.
 * Never the post itself, nor another with its slug or URL. Thread-safe: a {@link MoreLikeThis} is made
 * per request.
 */
final class RelatedPosts {

  private static final float TAG_WEIGHT = 2f;
  private static final int MAX_QUERY_TERMS = 25;

  /**
   * The query for posts like the one {@code slug} names, among those {@code published} lets through;
   * empty when none has the slug. Of several posts with one slug, it names the first by path, as
   * {@code check} and {@code index} warn.
   */
  Optional<Query> like(IndexSearcher searcher, String slug, Query published) throws IOException {
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
    // A reader asking about this post knows its namesakes by the same slug or at the same URL.
    query.add(new TermQuery(new Term(Schema.SLUG, slug)), Occur.MUST_NOT);
    query.add(new TermQuery(new Term(Schema.URL, stored.get(Schema.URL))), Occur.MUST_NOT);
    return Optional.of(query.setMinimumNumberShouldMatch(1).build());
  }
}
