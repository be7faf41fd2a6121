package org.blogsearch.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.blogsearch.content.ContentOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say where the posts and the index are and how posts are read. */
final class ContentOptionsMixin {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown posts (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Mixin EngineOptionsMixin engine;

  @Option(names = "--permalink", paramLabel = "PATTERN", defaultValue = ContentOptions.DEFAULT_PERMALINK,
      description = "URL pattern for posts without a url in their front matter; tokens :section :slug "
          + ":year :month :day (default: ${DEFAULT-VALUE}).")
  String permalink;

  @Option(names = "--drafts", description = "Include drafts, for a local preview.")
  boolean drafts;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "10",
      description = "Skip files larger than this, with a message (default: ${DEFAULT-VALUE} MB).")
  int maxFileMegabytes;

  Settings settings() {
    if (maxFileMegabytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be 1 MB or more");
    }
    return new Settings(content, index, new ContentOptions(permalink, drafts, Clock.systemDefaultZone(),
        maxFileMegabytes * 1024L * 1024L), engine.choice());
  }
}
