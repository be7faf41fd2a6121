package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.blogsearch.index.Schema;

/**
 * The words the posts hold, as a reader sees them (no stems): what a misspelled word is corrected
 * to, and what a word still being typed is completed to. Thread-safe.
 */
final class Vocabulary {

  /** Words shorter than this are never corrected: too many short words are one edit apart. */
  static final int MIN_TYPO_LENGTH = 5;
  /**
   * Words this long may hold two typing mistakes, a swap of two letters counting as one:
   * {@code lantecy} is {@code latency}.
   */
  static final int MIN_TWO_TYPOS_LENGTH = 6;
  /** Words scanned for one prefix; a one-letter prefix would otherwise walk the whole vocabulary. */
  private static final int MAX_SCANNED_TERMS = 4000;

  private final DirectSpellChecker oneEdit = checker(1);
  private final DirectSpellChecker twoEdits = checker(2);

  /** The word as the vocabulary holds it (lower case, accents folded), when it is a plain word. */
  static Optional<String> plainWord(String text) {
    String normalized = Schema.analyzer().normalize(Schema.WORDS, text).utf8ToString();
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    boolean plain = normalized.codePoints().allMatch(c -> Character.isLetterOrDigit(c) && !isCjk(c));
    return plain ? Optional.of(normalized) : Optional.empty();
  }

  /**
   * Words close to {@code word} (one edit, two for long words), most used first, when no post
   * holds {@code word} itself; none when some post does, or it is too short to guess at.
   */
  List<String> corrections(IndexReader reader, String word, int count) throws IOException {
    int length = word.codePointCount(0, word.length());
    // Words with digits are names and versions (h264, es2015, a1b2c3), not misspellings.
    if (length < MIN_TYPO_LENGTH || word.chars().anyMatch(Character::isDigit)
        || reader.docFreq(new Term(Schema.WORDS, word)) > 0) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    Term typed = new Term(Schema.WORDS, word);
    SuggestWord[] close = oneEdit.suggestSimilar(typed, count, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (close.length == 0 && length >= MIN_TWO_TYPOS_LENGTH) {
      // Words one edit away rank first anyway, and looking two edits away costs more.
      close = twoEdits.suggestSimilar(typed, count, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    }
    for (SuggestWord suggestion : close) {
      words.add(suggestion.string);
    }
    return words;
  }

  /** Words that begin with {@code prefix}, other than the prefix itself, most used first. */
  List<String> completions(IndexReader reader, String prefix, int count) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.WORDS);
    if (terms == null) {
      return List.of();
    }
    record Candidate(String word, int docFreq) {}
    PriorityQueue<Candidate> best = new PriorityQueue<>(Comparator.comparingInt(Candidate::docFreq));
    TermsEnum each = terms.iterator();
    if (each.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    boolean prefixIsCjk = prefix.codePoints().anyMatch(Vocabulary::isCjk);
    int scanned = 0;
    for (BytesRef term = each.term(); term != null && scanned < MAX_SCANNED_TERMS; term = each.next(), scanned++) {
      String word = term.utf8ToString();
      if (!word.startsWith(prefix)) {
        break;
      }
      // A Latin prefix is completed to Latin words, not to "devtools에서" where a particle clings.
      if (!word.equals(prefix) && (prefixIsCjk || word.codePoints().noneMatch(Vocabulary::isCjk))) {
        best.add(new Candidate(word, each.docFreq()));
        if (best.size() > count) {
          best.poll();
        }
      }
    }
    return best.stream()
        .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::word))
        .map(Candidate::word)
        .toList();
  }

  private static DirectSpellChecker checker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    return checker;
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
