package org.blogsearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code blogsearch.toml}: one setting a line, named as the long option without its dashes
 * ({@code port = 7070}, {@code cors-origin = ["https://blog.example"]}), all at the top level. A list
 * is given as an array. Immutable.
 *
 * @param path the file, as it was named
 * @param settings each setting's value as it would be written on the command line (an array's items
 *     joined with commas), with the line it was set on
 */
record ConfigFile(Path path, Map<String, Setting> settings) {

  private static final TomlMapper TOML = new TomlMapper();

  /** One setting's value and the line that set it. */
  record Setting(String value, int line) {}

  /** Why a file cannot be used, with its name and, where known, the line to fix. */
  static final class Invalid extends Exception {
    Invalid(Path path, int line, String reason) {
      super(path + (line > 0 ? ":" + line : "") + ": " + reason);
    }
  }

  /** Reads {@code path}; a setting whose name is not in {@code known} is an error, as is a typo on the command line. */
  static ConfigFile read(Path path, Set<String> known) throws Invalid {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Invalid(path, 0, "no such file");
    } catch (IOException e) {
      throw new Invalid(path, 0, "cannot be read: " + e);
    }
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new Invalid(path, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
    }
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String name = entry.getKey();
      int line = lineOf(text, name);
      if (entry.getValue().isObject()) {
        throw new Invalid(path, line, "[" + name + "] tables are not read: write every setting at the top level, "
            + "named as its option, such as port = 7070");
      }
      if (!known.contains(name)) {
        throw new Invalid(path, line, "unknown setting '" + name + "': settings are named as the long options "
            + "without their dashes, such as port or cors-origin");
      }
      settings.put(name, new Setting(value(path, line, name, entry.getValue()), line));
    }
    return new ConfigFile(path, settings);
  }

  private static String value(Path path, int line, String name, JsonNode node) throws Invalid {
    if (node.isValueNode()) {
      return node.asText();
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isValueNode()) {
        throw new Invalid(path, line, name + " must be a value or an array of values");
      }
      items.add(item.asText());
    }
    return String.join(",", items);
  }

  /** The line a key or table is on: TOML's parser keeps no positions for what it read well. */
  private static int lineOf(String text, String key) {
    Pattern setting = Pattern.compile("^\\s*\\[?\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[=\\]]");
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (setting.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }
}
