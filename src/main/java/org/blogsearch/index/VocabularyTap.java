package org.blogsearch.index;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Notes the words as written (not their stems) that pass through the analysis of the fields a reader
 * sees, while a capture is open on the same thread. A post's vocabulary is thus gathered by the
 * analysis its fields get anyway, instead of a second one. Lucene analyses a document's fields on
 * the thread that adds it, in the order they were added, so the vocabulary field, added last, sees
 * every word.
 */
final class VocabularyTap extends TokenFilter {

  private static final ThreadLocal<Set<String>> CAPTURE = new ThreadLocal<>();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute asWritten = addAttribute(KeywordAttribute.class);

  VocabularyTap(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    Set<String> words = CAPTURE.get();
    if (words != null && asWritten.isKeyword()) {
      words.add(term.toString());
    }
    return true;
  }

  /** Adds to {@code words} what this thread analyses until the capture is closed. */
  static Capture into(Set<String> words) {
    CAPTURE.set(words);
    return CAPTURE::remove;
  }

  /** An open capture; closing it stops the noting. */
  @FunctionalInterface
  interface Capture extends AutoCloseable {
    @Override
    void close();
  }
}
