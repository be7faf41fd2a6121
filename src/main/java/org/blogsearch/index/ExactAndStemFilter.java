package org.blogsearch.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Emits each word as written, marked as such, and then, at the same position, its Porter stem when
 * the stem differs. One filter instead of Lucene's keyword-repeat, stem and remove-duplicates chain,
 * which copied every token's state to emit it twice and dropped half the copies again.
 */
final class ExactAndStemFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute asWritten = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final PorterStemmer stemmer = new PorterStemmer();
  private char[] scratch = new char[32];
  private char[] pendingStem;
  private int pendingLength;

  ExactAndStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingStem != null) {
      // Offsets and type stay those of the word the stem comes from.
      term.copyBuffer(pendingStem, 0, pendingLength);
      position.setPositionIncrement(0);
      asWritten.setKeyword(false);
      pendingStem = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    asWritten.setKeyword(true);
    if (hasLatinLetters()) {
      // The stemmer works in the array it is given; the word as written must stay untouched.
      if (scratch.length < term.length()) {
        scratch = new char[term.length() * 2];
      }
      System.arraycopy(term.buffer(), 0, scratch, 0, term.length());
      stemmer.setCurrent(scratch, term.length());
      stemmer.stem();
      int length = stemmer.getCurrentBufferLength();
      char[] stem = stemmer.getCurrentBuffer();
      if (!Arrays.equals(stem, 0, length, term.buffer(), 0, term.length())) {
        pendingStem = Arrays.copyOf(stem, length);
        pendingLength = length;
      }
    }
    return true;
  }

  /** Only lower-case Latin words have Porter stems; digits, CJK and other scripts pass as they are. */
  private boolean hasLatinLetters() {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] >= 'a' && buffer[i] <= 'z') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingStem = null;
  }
}
