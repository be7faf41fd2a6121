package org.blogsearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * Offsets of a query's words in the hits of one page, read from the postings as Lucene's own
 * strategy does, but with each word looked up once per segment rather than once per hit: the
 * highlighter asks for the hits in ascending order, so each word's postings only move forward. Made
 * for one field of one highlighting call; not thread-safe.
 */
final class ForwardPostingsOffsets extends PostingsOffsetStrategy {

  /** The segment whose terms the cursors below are positioned in. */
  private Terms segment;
  /** Per word, its postings in {@link #segment}, or null where the segment lacks the word. */
  private PostingsEnum[] cursors;

  ForwardPostingsOffsets(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsForTerms(BytesRef[] words, Terms terms, int doc, List<OffsetsEnum> results)
      throws IOException {
    if (terms != segment || cursors == null || cursors.length != words.length) {
      segment = terms;
      cursors = lookUp(words, terms);
    }
    for (int i = 0; i < words.length; i++) {
      PostingsEnum cursor = cursors[i];
      if (cursor != null && cursor.docID() < doc) {
        cursor.advance(doc);
      }
      if (cursor != null && cursor.docID() == doc) {
        results.add(new OffsetsEnum.OfPostings(words[i], cursor));
      }
    }
  }

  private PostingsEnum[] lookUp(BytesRef[] words, Terms terms) throws IOException {
    PostingsEnum[] found = new PostingsEnum[words.length];
    TermsEnum termsEnum = terms.iterator();
    for (int i = 0; i < words.length; i++) {
      if (termsEnum.seekExact(words[i])) {
        found[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
        if (found[i] == null) {
          throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets");
        }
      }
    }
    return found;
  }
}
