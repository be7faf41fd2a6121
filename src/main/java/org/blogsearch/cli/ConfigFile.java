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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blogsearch.engine.Sites;

/**
 * A {@code blogsearch.toml}: one setting a line, named as the long option without its dashes
 * ({@code port = 7070}, {@code cors-origin = ["https://blog.example"]}), at the top level; and, for a
 * service of several blogs, a {@code [sites.NAME]} table each, holding that blog's own settings. A list
 * is given as an array. Immutable.
 *
 * @param path the file, as it was named
 * @param settings each setting's value as it would be written on the command line (an array's items
 *     joined with commas), with the line it was set on
 * @param sites the blogs named in the file, in the file's order
 */
record ConfigFile(Path path, Map<String, Setting> settings, List<SiteTable> sites) {

  /** The settings a {@code [sites.NAME]} table may hold; the rest are the service's, at the top level. */
  static final Set<String> SITE_KEYS = Set.of("content", "index", "permalink", "drafts", "cors-origin", "exclude");

  /** One blog's table: its name, its settings and the line of its header. */
  record SiteTable(String name, Map<String, Setting> settings, int line) {}

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
    List<SiteTable> sites = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String name = entry.getKey();
      int line = lineOf(text, name);
      if (name.equals("sites") && entry.getValue().isObject()) {
        sites.addAll(sites(path, text, entry.getValue()));
        continue;
      }
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
    return new ConfigFile(path, settings, List.copyOf(sites));
  }

  private static List<SiteTable> sites(Path path, String text, JsonNode tables) throws Invalid {
    List<SiteTable> sites = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    Map<String, Integer> headers = headerLines(lines);
    for (Map.Entry<String, JsonNode> table : tables.properties()) {
      String name = table.getKey();
      int header = headers.getOrDefault(name, 0);
      if (!Sites.NAME.matcher(name).matches()) {
        throw new Invalid(path, header, "site name '" + name + "' must be 1 to 64 lower-case letters, digits, "
            + "'-' or '_', starting with a letter or digit: it names a folder and travels in URLs");
      }
      if (!table.getValue().isObject()) {
        throw new Invalid(path, header, "sites." + name + " must be a table: [sites." + name + "] with content = \"DIR\"");
      }
      Map<String, Setting> settings = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : table.getValue().properties()) {
        int line = lineAfter(lines, header, entry.getKey());
        if (!SITE_KEYS.contains(entry.getKey())) {
          throw new Invalid(path, line, "unknown setting '" + entry.getKey() + "' for site " + name
              + ": a site may set " + String.join(", ", SITE_KEYS.stream().sorted().toList())
              + "; the others are the service's, at the top of the file");
        }
        settings.put(entry.getKey(), new Setting(value(path, line, entry.getKey(), entry.getValue()), line));
      }
      if (!settings.containsKey("content")) {
        throw new Invalid(path, header, "site " + name + " needs its content folder: content = \"DIR\"");
      }
      sites.add(new SiteTable(name, settings, header));
    }
    return sites;
  }

  /** The line of every {@code [sites.NAME]} header, by name, read in one pass for files of thousands of sites. */
  private static Map<String, Integer> headerLines(String[] lines) {
    Pattern header = Pattern.compile("^\\s*\\[\\s*sites\\s*\\.\\s*[\"']?([^\"'\\]\\s]+)[\"']?\\s*]");
    Map<String, Integer> found = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher matcher = header.matcher(lines[i]);
      if (matcher.find()) {
        found.putIfAbsent(matcher.group(1), i + 1);
      }
    }
    return found;
  }

  /** The line of {@code key} in the table whose header is on line {@code header}. */
  private static int lineAfter(String[] lines, int header, String key) {
    Pattern setting = Pattern.compile("^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*=");
    for (int i = Math.max(header, 0); i < lines.length; i++) {
      if (setting.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return header;
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
