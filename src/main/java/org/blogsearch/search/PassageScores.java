package org.blogsearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's BM25-like passage score, computed without allocating. The stock scorer builds a hash of
 * the passage's terms with a 32 KB block for every candidate passage, which made most of the garbage
 * a search produced; a passage holds a handful of matches, so a scan finds the repeats as fast.
 */
final class PassageScores extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    float score = 0;
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) {
        continue;
      }
      int freqInPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          freqInPassage++;
        }
      }
      score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return score * norm(passage.getStartOffset());
  }

  private static boolean seenBefore(BytesRef[] terms, int index) {
    for (int j = 0; j < index; j++) {
      if (terms[j].bytesEquals(terms[index])) {
        return true;
      }
    }
    return false;
  }
}
