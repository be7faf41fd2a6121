package org.blogsearch.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of one search, each looked up in the index once: the rarity that ranks a word, the
 * query that scores it and the one that tells whether a post holds it share one lookup per segment
 * instead of making one each; and the lookups in one field share the field's terms enumeration,
 * which costs more to open than a lookup. Not thread-safe: one per search.
 */
final class TermLookups {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> looked = new HashMap<>();
  private final Map<String, TermsEnum[]> enumerations = new HashMap<>();

  TermLookups(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /** How many posts hold {@code term}. */
  int docFreq(Term term) throws IOException {
    return states(term).docFreq();
  }

  /** A query for {@code term} that matches with the lookup already made. */
  TermQuery query(Term term) throws IOException {
    return new TermQuery(term, states(term));
  }

  private TermStates states(Term term) throws IOException {
    TermStates states = looked.get(term);
    if (states == null) {
      states = lookUp(term);
      looked.put(term, states);
    }
    return states;
  }

  private TermStates lookUp(Term term) throws IOException {
    TermStates states = new TermStates(searcher.getTopReaderContext());
    TermsEnum[] perSegment = enumerations.get(term.field());
    if (perSegment == null) {
      perSegment = new TermsEnum[searcher.getLeafContexts().size()];
      enumerations.put(term.field(), perSegment);
    }
    for (LeafReaderContext segment : searcher.getLeafContexts()) {
      if (perSegment[segment.ord] == null) {
        perSegment[segment.ord] = Terms.getTerms(segment.reader(), term.field()).iterator();
      }
      TermsEnum terms = perSegment[segment.ord];
      if (terms.seekExact(term.bytes())) {
        states.register(terms.termState(), segment.ord, terms.docFreq(), terms.totalTermFreq());
      }
    }
    return states;
  }
}
