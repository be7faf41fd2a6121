package org.blogsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.blogsearch.content.Post;

/**
 * The vocabulary of one post: each distinct word a reader sees in it, once. Indexing each word once
 * rather than every time it occurs keeps the vocabulary field from doubling the cost of indexing.
 */
final class Vocabularies {

  private Vocabularies() {}

  /** The post's distinct words, as a token stream for the {@link Schema#WORDS} field. */
  static TokenStream of(Post post) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : seenText(post)) {
      try (TokenStream tokens = Schema.analyzer().tokenStream(Schema.WORDS, text)) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          words.add(term.toString());
        }
        tokens.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing text held in memory cannot fail", e);
      }
    }
    return new WordList(words);
  }

  private static List<String> seenText(Post post) {
    List<String> seen = new ArrayList<>(List.of(post.title(), post.summary(), post.body()));
    seen.addAll(post.headings());
    seen.addAll(post.tags());
    seen.addAll(post.categories());
    return seen;
  }

  /** Emits the given words, one token each. */
  private static final class WordList extends TokenStream {
    private final Set<String> words;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private Iterator<String> next;

    WordList(Set<String> words) {
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
}
