package org.blogsearch.cli;

import java.nio.file.Path;
import org.blogsearch.content.ContentOptions;
import picocli.CommandLine.Option;

/** The options that say where the posts and the index are and how posts are read. */
final class ContentOptionsMixin {

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown posts (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--permalink", paramLabel = "PATTERN", defaultValue = ContentOptions.DEFAULT_PERMALINK,
      description = "URL pattern for posts without a url in their front matter; tokens :section :slug "
          + ":year :month :day (default: ${DEFAULT-VALUE}).")
  String permalink;

  @Option(names = "--drafts", description = "Include drafts, for a local preview.")
  boolean drafts;

  Settings settings() {
    return new Settings(content, index, permalink, drafts);
  }
}
