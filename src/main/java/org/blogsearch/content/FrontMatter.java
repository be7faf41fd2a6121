package org.blogsearch.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to a parsed front matter block. Top-level keys are lower-cased, because Hugo treats
 * {@code publishDate} and {@code publishdate} alike.
 */
final class FrontMatter {

  private static final FrontMatter EMPTY = new FrontMatter(Map.of(), "", 1);

  private final Map<String, JsonNode> values;
  private final String block;
  private final int blockLine;

  /**
   * @param values lower-cased top-level keys to their values
   * @param block the block's text, to find the line of a key for warnings
   * @param blockLine the file line of the block's first line
   */
  FrontMatter(Map<String, JsonNode> values, String block, int blockLine) {
    this.values = Map.copyOf(values);
    this.block = block;
    this.blockLine = blockLine;
  }

  static FrontMatter empty() {
    return EMPTY;
  }

  /** A scalar as trimmed text (a number or boolean as written); empty when absent, blank or a table. */
  Optional<String> text(String key) {
    return scalar(values.get(key));
  }

  /** A list of scalars, or a single scalar as a one-item list; duplicates and blanks removed. */
  List<String> list(String key) {
    return list(values.get(key));
  }

  /** A list inside a top-level table, like Zola's {@code [taxonomies] tags = [...]}. */
  List<String> list(String table, String key) {
    JsonNode node = values.get(table);
    if (node == null || !node.isObject()) {
      return List.of();
    }
    // Keys inside tables are case-insensitive too.
    for (var entry : node.properties()) {
      if (entry.getKey().equalsIgnoreCase(key)) {
        return list(entry.getValue());
      }
    }
    return List.of();
  }

  /** A boolean written as one, or as the text "true"/"false"; a warning when it is neither. */
  Optional<Boolean> flag(String key, Warnings warnings) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> {
        return Optional.of(true);
      }
      case "false", "no", "off" -> {
        return Optional.of(false);
      }
      default -> {
        warnings.add(lineOf(key), key + " should be true or false, not \"" + text.get() + "\"; ignored");
        return Optional.empty();
      }
    }
  }

  /** A date in any shape {@link WrittenDate} knows; a warning when the value is not a date. */
  Optional<WrittenDate> date(String key, Warnings warnings) {
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<WrittenDate> date = WrittenDate.parse(text.get());
    if (date.isEmpty()) {
      warnings.add(lineOf(key), key + " \"" + text.get() + "\" is not a date; ignored");
    }
    return date;
  }

  /** Whether the key holds a boolean node, as opposed to text like a date. */
  boolean isBoolean(String key) {
    JsonNode node = values.get(key);
    return node != null && node.isBoolean();
  }

  /** The file line where a top-level key is written; 1 when it cannot be found. */
  int lineOf(String key) {
    // Unindented first, so a nested "date:" under a YAML map does not win; JSON keys are indented.
    int line = KeyLines.firstLineOf(block, key, false);
    if (line < 0) {
      line = KeyLines.firstLineOf(block, key, true);
    }
    return line < 0 ? 1 : blockLine + line;
  }

  private static Optional<String> scalar(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return Optional.empty();
    }
    String text = node.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static List<String> list(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      return scalar(node).map(List::of).orElse(List.of());
    }
    var items = new LinkedHashSet<String>();
    for (JsonNode item : node) {
      scalar(item).ifPresent(items::add);
    }
    return new ArrayList<>(items);
  }
}
