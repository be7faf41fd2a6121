package org.blogsearch.content;

/**
 * Finds the front matter block at the top of a file: its format, its text and the line where it
 * starts, so that parse errors can point at the right line of the file.
 */
final class FrontMatterSplitter {

  /** The syntax of a front matter block, named by its opening delimiter. */
  enum Format {
    TOML("+++"),
    YAML("---"),
    JSON("{"),
    NONE("");

    final String delimiter;

    Format(String delimiter) {
      this.delimiter = delimiter;
    }
  }

  /**
   * A file cut in two.
   *
   * @param block the front matter without its delimiters (for JSON: the object with its braces)
   * @param blockLine the file line of the block's first line
   * @param body the Markdown after the block
   * @param bodyLine the file line of the body's first line
   */
  record Split(Format format, String block, int blockLine, String body, int bodyLine) {}

  private FrontMatterSplitter() {}

  /** Splits text whose line endings are already {@code \n}. */
  static Split split(String text) throws RejectedFile {
    int start = 0;
    int line = 1;
    // Hugo accepts blank lines before the opening delimiter, and real blogs have them.
    while (true) {
      int end = lineEnd(text, start);
      if (!text.substring(start, end).isBlank() || end == text.length()) {
        break;
      }
      start = end + 1;
      line++;
    }
    String first = text.substring(start, lineEnd(text, start)).stripTrailing();
    if (first.equals(Format.YAML.delimiter)) {
      return delimited(text, Format.YAML, start, line);
    }
    if (first.equals(Format.TOML.delimiter)) {
      return delimited(text, Format.TOML, start, line);
    }
    // "{{" and "{%" open template tags (partials, shortcodes), never a JSON object.
    if (first.startsWith("{") && !first.startsWith("{{") && !first.startsWith("{%")) {
      return json(text, start, line);
    }
    return new Split(Format.NONE, "", 1, text, 1);
  }

  private static Split delimited(String text, Format format, int openStart, int openLine)
      throws RejectedFile {
    int blockStart = lineEnd(text, openStart) + 1;
    int pos = blockStart;
    int line = openLine + 1;
    while (pos <= text.length()) {
      int end = lineEnd(text, pos);
      if (text.substring(pos, end).stripTrailing().equals(format.delimiter)) {
        String block = text.substring(blockStart, pos);
        String body = end >= text.length() ? "" : text.substring(end + 1);
        return new Split(format, block, openLine + 1, body, line + 1);
      }
      if (end >= text.length()) {
        break;
      }
      pos = end + 1;
      line++;
    }
    throw new RejectedFile(
        openLine, "front matter opened with \"" + format.delimiter + "\" is never closed");
  }

  /** Hugo-style JSON front matter: one object, then the body; found by matching braces. */
  private static Split json(String text, int openStart, int openLine) throws RejectedFile {
    int depth = 0;
    boolean inString = false;
    int line = openLine;
    for (int i = openStart; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        String block = text.substring(openStart, i + 1);
        int bodyStart = i + 1;
        int end = lineEnd(text, bodyStart);
        // The rest of the closing line is part of the delimiter when it is blank.
        if (text.substring(bodyStart, end).isBlank()) {
          bodyStart = Math.min(end + 1, text.length());
          line++;
        }
        return new Split(Format.JSON, block, openLine, text.substring(bodyStart), line);
      }
    }
    throw new RejectedFile(openLine, "front matter opened with \"{\" is never closed");
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
