package org.blogsearch.content;

/**
 * The whitespace rules of plain text in a post: blocks separated by one blank line, no runs of
 * spaces, no stray footnote marks. Linear scans, safe on any input.
 */
final class PlainTextLayout {

  private PlainTextLayout() {}

  /** Collapses spaces within lines, trims lines, and keeps at most one blank line between blocks. */
  static String tidy(CharSequence text) {
    var out = new StringBuilder(text.length());
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        newlines++;
        space = false;
      } else if (isSpace(c)) {
        space = !out.isEmpty() && newlines == 0;
      } else {
        if (!out.isEmpty()) {
          if (newlines > 0) {
            out.append(newlines > 1 ? "\n\n" : "\n");
          } else if (space) {
            out.append(' ');
          }
        }
        out.append(c);
        newlines = 0;
        space = false;
      }
    }
    return out.toString();
  }

  /** All whitespace, line breaks included, as single spaces: for headings, cells and summaries. */
  static String oneLine(CharSequence text) {
    var out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || isSpace(c)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Drops footnote references like {@code [^1]} and the {@code [^1]:} opening a footnote, which
   * commonmark without the footnotes extension leaves as text.
   */
  static String withoutFootnoteMarks(String text) {
    if (!text.contains("[^")) {
      return text;
    }
    var out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = text.startsWith("[^", i) ? footnoteMarkEnd(text, i) : -1;
      if (end < 0) {
        out.append(text.charAt(i++));
      } else {
        i = end < text.length() && text.charAt(end) == ':' ? end + 1 : end;
      }
    }
    return out.toString();
  }

  /**
   * Drops a trailing attribute block such as {@code {#id}} or {@code {: .class }} that Hugo (goldmark)
   * and markdown-it let authors put after a heading.
   */
  static String withoutAttributes(String heading) {
    int open = heading.lastIndexOf('{');
    if (!heading.endsWith("}") || open < 0 || open + 1 >= heading.length()) {
      return heading;
    }
    char first = heading.charAt(open + 1);
    return first == '#' || first == '.' || first == ':' ? heading.substring(0, open).strip() : heading;
  }

  private static int footnoteMarkEnd(String text, int start) {
    for (int i = start + 2; i < text.length() && i < start + 66; i++) {
      char c = text.charAt(i);
      if (c == ']') {
        return i > start + 2 ? i + 1 : -1;
      }
      if (Character.isWhitespace(c) || c == '[') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B' || c == '\f';
  }
}
