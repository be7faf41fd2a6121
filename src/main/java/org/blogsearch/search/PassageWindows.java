package org.blogsearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Passage bounds for snippets: a window of about {@code width} characters centred on a match, cut at
 * a space so no word is split, and never running across a paragraph break. Far cheaper than a
 * sentence iterator, which must scan the text from the start to find sentence ends. Not thread-safe,
 * like every {@link BreakIterator}; the highlighter makes one per use.
 */
final class PassageWindows extends BreakIterator {

  /** How far a cut may move to reach a space before it gives up and splits the word. */
  private static final int SLACK = 24;

  private final int half;
  private String text = "";
  private int current;

  PassageWindows(int width) {
    this.half = width / 2;
  }

  @Override
  public int first() {
    current = 0;
    return current;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  /** The end of a passage that starts at the current boundary. */
  @Override
  public int next() {
    if (current >= text.length()) {
      return DONE;
    }
    current = endAfter(current, 2 * half);
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    return result;
  }

  @Override
  public int previous() {
    if (current <= 0) {
      return DONE;
    }
    current = startBefore(current, 2 * half);
    return current;
  }

  /** The end of a passage centred on {@code offset}. */
  @Override
  public int following(int offset) {
    if (offset >= text.length()) {
      current = text.length();
      return DONE;
    }
    current = endAfter(offset, half);
    return current;
  }

  /** The start of a passage centred on {@code offset}. */
  @Override
  public int preceding(int offset) {
    if (offset <= 0) {
      current = 0;
      return DONE;
    }
    current = startBefore(offset, half);
    return current;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  private int endAfter(int from, int distance) {
    int target = Math.min(text.length(), from + distance);
    int paragraphEnd = text.indexOf('\n', from + 1);
    if (paragraphEnd >= 0 && paragraphEnd < target) {
      return paragraphEnd;
    }
    if (target >= text.length()) {
      return text.length();
    }
    for (int i = target; i < Math.min(text.length(), target + SLACK); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return target;
  }

  private int startBefore(int from, int distance) {
    int target = Math.max(0, from - distance);
    int paragraphStart = text.lastIndexOf('\n', from - 1);
    if (paragraphStart >= target) {
      return paragraphStart + 1;
    }
    if (target == 0) {
      return 0;
    }
    for (int i = target; i > Math.max(0, target - SLACK); i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return target;
  }
}
