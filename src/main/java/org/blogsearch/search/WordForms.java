package org.blogsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.blogsearch.index.Schema;

/**
 * A word as the index holds it: the form as typed, and its stem when that differs. A typed word
 * may give several ({@code crates.io}, or the overlapping pairs of a run of Chinese characters).
 *
 * @param asTyped the word as written, lower-cased and accent-folded, as every text field holds it
 * @param stem the stem, when it differs: the term that every form of the word shares
 */
record WordForms(String asTyped, Optional<String> stem) {

  /** The term a post holds when it holds the word in any form. */
  String anyForm() {
    return stem.orElse(asTyped);
  }

  /** The forms of each word of {@code text}, in order, by the analysis of the searched fields. */
  static List<WordForms> of(String text) {
    List<WordForms> words = new ArrayList<>();
    try (TokenStream tokens = Schema.analyzer().tokenStream(Schema.PROSE, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      KeywordAttribute asWritten = tokens.addAttribute(KeywordAttribute.class);
      PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        // The analysis emits each word as written, then its stem at the same position.
        if (position.getPositionIncrement() == 0 && !asWritten.isKeyword() && !words.isEmpty()) {
          WordForms last = words.removeLast();
          words.add(new WordForms(last.asTyped(), Optional.of(term.toString())));
        } else {
          words.add(new WordForms(term.toString(), Optional.empty()));
        }
      }
      tokens.end();
    } catch (IOException e) {
      // The text is in memory: analysing it cannot fail for want of input.
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
