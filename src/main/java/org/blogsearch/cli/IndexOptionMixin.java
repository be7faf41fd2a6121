package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.blogsearch.search.SearchEngine;
import picocli.CommandLine.Option;

/** The option of the commands that only read an index: where it is. */
final class IndexOptionMixin {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index (default: ${DEFAULT-VALUE}).")
  Path index;

  SearchEngine engine() throws IOException {
    return Settings.forIndex(index).engine();
  }
}
