package org.blogsearch.content;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The text a reader sees in a piece of raw HTML: tags and comments dropped, script and style
 * contents dropped, character references decoded as a browser decodes them (every HTML5 named one, by
 * jsoup's tables, and numeric ones). A linear scan, not a regex, so that hostile input cannot make it
 * backtrack.
 */
final class HtmlText {

  // Tags that end a line of text, so words in neighbouring blocks do not run together.
  private static final Set<String> LINE_TAGS =
      Set.of(
          "p", "div", "br", "li", "ul", "ol", "tr", "table", "thead", "tbody", "tfoot", "h1", "h2",
          "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main", "nav", "aside",
          "figure", "figcaption", "details", "summary", "blockquote", "pre", "hr", "dl", "dt", "dd",
          "center", "iframe", "video", "picture");
  private static final Set<String> CELL_TAGS = Set.of("td", "th");
  private static final Set<String> HIDDEN_TAGS = Set.of("script", "style");

  private HtmlText() {}

  static String strip(String html) {
    // Tags first, references after: "&lt;b&gt;" is text that reads "<b>", not a tag.
    var out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<' && html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? html.length() : end + 3;
      } else if (c == '<' && isTagStart(html, i + 1)) {
        i = tag(html, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return decodeEntities(out.toString());
  }

  /**
   * {@code text} with its character references decoded and everything else, tags too, kept. A
   * no-break space reads as a space: a reader sees none, and none is typed in a query.
   */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return Parser.unescapeEntities(text, false).replace('\u00A0', ' ');
  }

  /** The lower-cased name of the tag at {@code start} ({@code "/b"} for a closing tag), or empty. */
  static String tagName(String html, int start) {
    if (start >= html.length() || html.charAt(start) != '<') {
      return "";
    }
    int i = start + 1;
    int nameStart = i;
    if (i < html.length() && html.charAt(i) == '/') {
      i++;
    }
    while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
      i++;
    }
    return html.substring(nameStart, i).toLowerCase(Locale.ROOT);
  }

  static boolean isHidden(String tagName) {
    return HIDDEN_TAGS.contains(tagName);
  }

  private static boolean isTagStart(String html, int i) {
    if (i >= html.length()) {
      return false;
    }
    char c = html.charAt(i);
    return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
  }

  private static int tag(String html, int start, StringBuilder out) {
    int end = tagEnd(html, start);
    if (end < 0) {
      // No closing ">": a "<" in prose, such as "a <b", not a tag.
      out.append('<');
      return start + 1;
    }
    String name = tagName(html, start);
    if (isHidden(name) && html.charAt(end - 2) != '/') {
      return skipUntilClosing(html, end, name);
    }
    String bare = name.startsWith("/") ? name.substring(1) : name;
    if (LINE_TAGS.contains(bare)) {
      out.append('\n');
    } else if (CELL_TAGS.contains(bare)) {
      out.append(' ');
    }
    return end;
  }

  /** The index after the tag's {@code >}, skipping quoted attribute values; -1 when unclosed. */
  private static int tagEnd(String html, int start) {
    char quote = 0;
    char previous = 0;
    for (int i = start + 1; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && previous == '=') {
        // Only a quote right after "=" opens a value; an apostrophe in prose does not.
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
      if (c != ' ') {
        previous = c;
      }
    }
    return -1;
  }

  private static int skipUntilClosing(String html, int from, String name) {
    String closing = "</" + name;
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, closing, 0, closing.length())) {
        int end = tagEnd(html, i);
        return end < 0 ? html.length() : end;
      }
    }
    return html.length();
  }
}
