package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.blogsearch.search.SearchEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that only read an index: where it is, and which engine. */
final class IndexOptionMixin {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Mixin EngineOptionsMixin engine;

  SearchEngine engine() throws IOException {
    return settings().engine();
  }

  Settings settings() {
    return Settings.forIndex(index, engine.choice());
  }
}
