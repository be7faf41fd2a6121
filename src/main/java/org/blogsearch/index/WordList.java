package org.blogsearch.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A token stream of given words, one token each, read when the stream is consumed. */
final class WordList extends TokenStream {

  private final Collection<String> words;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private Iterator<String> next;

  WordList(Collection<String> words) {
    this.words = words;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = words.iterator();
  }

  @Override
  public boolean incrementToken() {
    if (!next.hasNext()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(next.next());
    return true;
  }
}
