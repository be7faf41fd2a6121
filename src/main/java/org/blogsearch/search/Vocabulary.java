package org.blogsearch.search;

import java.util.Optional;
import org.blogsearch.index.Schema;

/**
 * What counts as a word for typo tolerance, corrections and completions: one token of letters and
 * digits in a script with spaces between words, as the index's vocabulary holds it.
 */
final class Vocabulary {

  /** Words shorter than this are never corrected: too many short words are one edit apart. */
  static final int MIN_TYPO_LENGTH = 5;
  static final int MIN_TWO_TYPOS_LENGTH = 9;

  private Vocabulary() {}

  /** The word as the vocabulary holds it (lower case, accents folded), when it is a plain word. */
  static Optional<String> plainWord(String text) {
    String normalized = Schema.analyzer().normalize(Schema.WORDS, text).utf8ToString();
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    boolean plain = normalized.codePoints().allMatch(c -> Character.isLetterOrDigit(c) && !isCjk(c));
    return plain ? Optional.of(normalized) : Optional.empty();
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
