package org.blogsearch.content;

/**
 * Removes template tags from Markdown source while keeping the prose between them: Hugo shortcodes
 * ({@code {{< name >}}}, {@code {{% name %}}}, and their escaped form with a comment inside the
 * brackets) and Liquid or Nunjucks tags ({@code {% Aside %}}). Code fences and inline code spans are left untouched, since
 * there the tags are the very example being shown. The tags removed are kept aside: their arguments
 * (image paths, video ids) are not prose, but a reader may still search for them.
 */
final class TemplateTags {

  /** Markdown without its template tags, and the text of the tags removed. */
  record Stripped(String markdown, String tags) {}

  // A tag longer than this is more likely a stray "{%" in prose than a tag.
  private static final int MAX_TAG_LENGTH = 4000;
  private static final String[] OPENERS = {"{{<", "{{%", "{%"};
  private static final String[] CLOSERS = {">}}", "%}}", "%}"};

  private final String source;
  private final StringBuilder out;
  private final StringBuilder tags = new StringBuilder();
  // Where each closer next occurs; remembered so the scan stays linear on unclosed tags.
  private final int[] nextCloser = {-1, -1, -1};

  private TemplateTags(String source) {
    this.source = source;
    this.out = new StringBuilder(source.length());
  }

  static Stripped strip(String markdown) {
    if (markdown.indexOf("{{") < 0 && markdown.indexOf("{%") < 0) {
      return new Stripped(markdown, "");
    }
    TemplateTags stripper = new TemplateTags(markdown);
    return new Stripped(stripper.run(), stripper.tags.toString());
  }

  private String run() {
    String fence = "";
    int fenceIndent = 0;
    int i = 0;
    while (i < source.length()) {
      int lineEnd = source.indexOf('\n', i);
      lineEnd = lineEnd < 0 ? source.length() : lineEnd + 1;
      // A fence in a list item ends with the item, when a line is less indented than the fence.
      // (A top-level fence may be indented a space or so; its content lines may then be less.)
      if (!fence.isEmpty() && fenceIndent >= 2 && indent(i, lineEnd) < fenceIndent) {
        fence = "";
      }
      String fenceHere = fenceAt(i, lineEnd);
      if (!fence.isEmpty() || !fenceHere.isEmpty()) {
        if (fence.isEmpty()) {
          fence = fenceHere;
          fenceIndent = indent(i, lineEnd);
        } else if (closes(fence, fenceHere, i, lineEnd)) {
          fence = "";
        }
        out.append(source, i, lineEnd);
        i = lineEnd;
        continue;
      }
      i = prose(i, lineEnd);
    }
    return out.toString();
  }

  /** Copies prose up to the line end, dropping tags; returns where the next line starts. */
  private int prose(int i, int lineEnd) {
    while (i < lineEnd) {
      char c = source.charAt(i);
      if (c == '`') {
        i = codeSpan(i, lineEnd);
      } else if (c == '{') {
        int tagEnd = tagEnd(i);
        if (tagEnd > 0) {
          tags.append(source, i, tagEnd).append('\n');
          // A tag may span lines; the scan goes on from where it ends.
          i = tagEnd;
          lineEnd = Math.max(lineEnd, nextLine(i));
        } else {
          out.append(c);
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return i;
  }

  private int nextLine(int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end + 1;
  }

  /** Copies an inline code span closed on the same line, or just its opening backticks. */
  private int codeSpan(int start, int lineEnd) {
    int run = start;
    while (run < lineEnd && source.charAt(run) == '`') {
      run++;
    }
    String ticks = source.substring(start, run);
    int close = source.indexOf(ticks, run);
    while (close >= 0 && close < lineEnd) {
      boolean exact =
          (close + ticks.length() >= source.length() || source.charAt(close + ticks.length()) != '`');
      if (exact) {
        out.append(source, start, close + ticks.length());
        return close + ticks.length();
      }
      int after = close;
      while (after < source.length() && source.charAt(after) == '`') {
        after++;
      }
      close = source.indexOf(ticks, after);
    }
    out.append(ticks);
    return run;
  }

  /** The end of a template tag starting at {@code start}, or -1 when none starts there. */
  private int tagEnd(int start) {
    for (int k = 0; k < OPENERS.length; k++) {
      if (source.startsWith(OPENERS[k], start)) {
        int from = start + OPENERS[k].length();
        if (nextCloser[k] < from) {
          int found = source.indexOf(CLOSERS[k], from);
          nextCloser[k] = found < 0 ? Integer.MAX_VALUE : found;
        }
        int close = nextCloser[k];
        if (close == Integer.MAX_VALUE || close - start > MAX_TAG_LENGTH) {
          return -1;
        }
        return close + CLOSERS[k].length();
      }
    }
    return -1;
  }

  /** The indentation of a line, or a large number for a blank line, which never ends a fence. */
  private int indent(int start, int lineEnd) {
    int i = start;
    while (i < lineEnd && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    return i >= lineEnd || source.charAt(i) == '\n' ? Integer.MAX_VALUE : i - start;
  }

  /** The backtick or tilde run opening a fence on this line, or empty. */
  private String fenceAt(int start, int lineEnd) {
    int i = start;
    while (i < lineEnd && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
      i++;
    }
    if (i >= lineEnd || (source.charAt(i) != '`' && source.charAt(i) != '~')) {
      return "";
    }
    char mark = source.charAt(i);
    int run = i;
    while (run < lineEnd && source.charAt(run) == mark) {
      run++;
    }
    if (run - i < 3) {
      return "";
    }
    // "```code```" on one line is inline code, not a fence: a backtick info string is invalid.
    if (mark == '`' && source.substring(run, lineEnd).indexOf('`') >= 0) {
      return "";
    }
    return source.substring(i, run);
  }

  private boolean closes(String open, String here, int lineStart, int lineEnd) {
    if (here.isEmpty() || here.charAt(0) != open.charAt(0) || here.length() < open.length()) {
      return false;
    }
    int afterRun = source.indexOf(here, lineStart) + here.length();
    return source.substring(afterRun, lineEnd).isBlank();
  }
}
