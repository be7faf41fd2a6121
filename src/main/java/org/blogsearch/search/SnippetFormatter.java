package org.blogsearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes passages as HTML-safe text: every character escaped, matches wrapped in {@code <mark>}, and
 * an ellipsis wherever the text was cut, so a reader sees that the snippet is a part.
 */
final class SnippetFormatter extends PassageFormatter {

  private static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder html = new StringBuilder();
    int previousEnd = 0;
    for (Passage passage : passages) {
      int start = skipSpace(content, passage.getStartOffset(), passage.getEndOffset());
      int end = trimSpace(content, start, passage.getEndOffset());
      if (start >= end) {
        continue;
      }
      if (start > 0 && start != previousEnd) {
        html.append(html.isEmpty() ? ELLIPSIS + " " : " " + ELLIPSIS + " ");
      } else if (!html.isEmpty()) {
        html.append(' ');
      }
      appendMarked(html, passage, content, start, end);
      previousEnd = passage.getEndOffset();
    }
    if (!html.isEmpty() && previousEnd < trimSpace(content, 0, content.length())) {
      html.append(" ").append(ELLIPSIS);
    }
    return html.toString();
  }

  private static void appendMarked(StringBuilder html, Passage passage, String content, int start, int end) {
    int pos = start;
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int matchStart = Math.max(starts[i], pos);
      int matchEnd = Math.min(ends[i], end);
      // Overlapping matches (a phrase and its words) extend the mark already written.
      while (i + 1 < passage.getNumMatches() && starts[i + 1] <= matchEnd) {
        i++;
        matchEnd = Math.min(Math.max(matchEnd, ends[i]), end);
      }
      if (matchStart >= matchEnd) {
        continue;
      }
      escape(html, content, pos, matchStart);
      html.append("<mark>");
      escape(html, content, matchStart, matchEnd);
      html.append("</mark>");
      pos = matchEnd;
    }
    escape(html, content, pos, end);
  }

  private static void escape(StringBuilder html, String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\n', '\r', '\t' -> html.append(' ');
        default -> html.append(c);
      }
    }
  }

  private static int skipSpace(String content, int from, int to) {
    while (from < to && Character.isWhitespace(content.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimSpace(String content, int from, int to) {
    while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
