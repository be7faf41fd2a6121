package org.blogsearch.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.blogsearch.content.FrontMatterSplitter.Split;

/**
 * Parses a front matter block with Jackson into a {@link FrontMatter}; a syntax error becomes a
 * rejection that points at the line of the file, not of the block.
 */
final class FrontMatterParser {

  // Jackson mappers are thread-safe once configured, so one per format serves every read.
  // Dates stay text: TOML java-time parsing is off by default and YAML yields the scalar as written.
  private final ObjectMapper toml = new TomlMapper();
  private final ObjectMapper json = new JsonMapper();
  private final ObjectMapper yaml = new YAMLMapper();
  // Jackson keeps the last of duplicate keys silently; these twins only notice them, for a warning.
  private final ObjectMapper yamlNoDuplicates =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
  private final ObjectMapper jsonNoDuplicates =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

  FrontMatter parse(Split split, Warnings warnings) throws RejectedFile {
    JsonNode tree =
        switch (split.format()) {
          case NONE -> null;
          case TOML -> readToml(split, warnings);
          case JSON -> readNoticingDuplicates(jsonNoDuplicates, json, split, warnings);
          case YAML -> readNoticingDuplicates(yamlNoDuplicates, yaml, split, warnings);
        };
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      return FrontMatter.empty();
    }
    if (!tree.isObject()) {
      throw new RejectedFile(
          split.blockLine(),
          split.format() + " front matter must be keys with values, not a " + kind(tree));
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (var entry : tree.properties()) {
      if (values.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue()) != null) {
        warnings.add(split.blockLine() + Math.max(0, KeyLines.lastLineOf(split.block(), entry.getKey())),
            duplicateKey(entry.getKey()));
      }
    }
    return new FrontMatter(values, split.block(), split.blockLine());
  }

  private static JsonNode readNoticingDuplicates(ObjectMapper strict, ObjectMapper lenient, Split split,
      Warnings warnings) throws RejectedFile {
    try {
      return strict.readTree(split.block());
    } catch (JacksonException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (!message.startsWith("Duplicate field")) {
        throw rejection(e, split);
      }
      warnings.add(lineOf(e, split), duplicateKey(quotedName(message)));
      return read(lenient, split);
    }
  }

  /**
   * TOML itself refuses a key given twice, where YAML and JSON keep the last; so that a blogger
   * meets one rule, the earlier definition is renamed out of the way and the block read again.
   */
  private JsonNode readToml(Split split, Warnings warnings) throws RejectedFile {
    String block = split.block();
    while (true) {
      try {
        return toml.readTree(block);
      } catch (JacksonException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        Optional<KeyLines.Renamed> renamed = reason(e).startsWith("Duplicate key")
            ? KeyLines.renameEarlierDefinition(block, line) : Optional.empty();
        if (renamed.isEmpty()) {
          throw rejection(e, split);
        }
        warnings.add(split.blockLine() + renamed.get().line() - 1, duplicateKey(renamed.get().key()));
        block = renamed.get().block();
      }
    }
  }

  private static String duplicateKey(String name) {
    return "duplicate key \"" + name + "\" in front matter; the last one wins";
  }

  private static JsonNode read(ObjectMapper mapper, Split split) throws RejectedFile {
    try {
      return mapper.readTree(split.block());
    } catch (JacksonException e) {
      throw rejection(e, split);
    }
  }

  private static RejectedFile rejection(JacksonException e, Split split) {
    return new RejectedFile(
        lineOf(e, split), "invalid " + split.format() + " front matter: " + reason(e));
  }

  private static int lineOf(JacksonException e, Split split) {
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    if (line < 1) {
      return split.blockLine();
    }
    // "Premature end of file" points past the block's last newline, at the closing delimiter;
    // the last line of the block is where the blogger has something to fix.
    int lastLine = (int) split.block().stripTrailing().lines().count();
    return split.blockLine() + Math.max(0, Math.min(line, lastLine) - 1);
  }

  /** Jackson's message cut to what a blogger needs: no source excerpt, no caret line. */
  static String reason(JacksonException e) {
    String[] lines = String.valueOf(e.getOriginalMessage()).strip().split("\n");
    String reason = lines[0].strip();
    // SnakeYAML puts the context first ("while scanning ...") and the actual problem second.
    if (reason.startsWith("while ") && lines.length > 1 && !lines[1].strip().startsWith("in ")) {
      reason = reason + ": " + lines[1].strip();
    }
    return reason.isEmpty() ? e.getClass().getSimpleName() : reason;
  }

  private static String quotedName(String message) {
    int open = message.indexOf('\'');
    int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
    return close < 0 ? "" : message.substring(open + 1, close);
  }

  private static String kind(JsonNode tree) {
    return tree.isArray() ? "list" : "single value";
  }
}
