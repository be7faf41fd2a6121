package org.blogsearch.content;

import java.util.List;
import java.util.Optional;

/**
 * Finds where keys are written in a front matter block's text, for messages that name a line, and
 * renames a TOML key given twice. Lines are counted from 0, the block's first line.
 */
final class KeyLines {

  /** A block whose earlier definition of {@code key}, repeated on {@code line}, has been renamed. */
  record Renamed(String key, int line, String block) {}

  private static final String RENAMED_PREFIX = "blogsearch-replaced-";

  private KeyLines() {}

  /** The first line that defines {@code key} in any case, or -1. */
  static int firstLineOf(String block, String key, boolean indented) {
    List<String> lines = block.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (defines(lines.get(i), key, indented, true)) {
        return i;
      }
    }
    return -1;
  }

  /** The last line that defines {@code key} written exactly so, indented or not, or -1. */
  static int lastLineOf(String block, String key) {
    List<String> lines = block.lines().toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (defines(lines.get(i), key, true, false)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Given the 1-based {@code line} at or before which TOML found a key defined a second time (it
   * reports where it stopped, after the value), the block with the earlier definition in the same
   * table renamed; empty when no such pair of lines is found.
   */
  static Optional<Renamed> renameEarlierDefinition(String block, int line) {
    String[] lines = block.split("\n", -1);
    for (int repeat = Math.min(line, lines.length) - 1; repeat > 0; repeat--) {
      Optional<String> key = keyOf(lines[repeat]);
      for (int i = repeat - 1; key.isPresent() && i >= 0 && !lines[i].strip().startsWith("["); i--) {
        if (defines(lines[i], key.get(), true, false)) {
          int at = lines[i].indexOf(key.get());
          lines[i] = lines[i].substring(0, at) + RENAMED_PREFIX + i + lines[i].substring(at + key.get().length());
          return Optional.of(new Renamed(key.get(), repeat + 1, String.join("\n", lines)));
        }
      }
    }
    return Optional.empty();
  }

  /** The bare or quoted key a {@code key = value} line defines. */
  private static Optional<String> keyOf(String line) {
    String text = line.strip();
    int equals = text.indexOf('=');
    if (equals <= 0) {
      return Optional.empty();
    }
    String key = text.substring(0, equals).strip();
    if (key.length() > 1 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
      key = key.substring(1, key.length() - 1);
    }
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  private static boolean defines(String line, String key, boolean indented, boolean ignoreCase) {
    int i = 0;
    int end = line.length();
    while (indented && i < end && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    if (i < end && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
      i++;
    }
    if (end - i < key.length() || !line.regionMatches(ignoreCase, i, key, 0, key.length())) {
      return false;
    }
    i += key.length();
    if (i < end && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
      i++;
    }
    while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i < end && (line.charAt(i) == ':' || line.charAt(i) == '=');
  }
}
