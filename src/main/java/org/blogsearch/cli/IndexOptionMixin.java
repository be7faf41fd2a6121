package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.blogsearch.engine.SearchEngine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The option of the commands that only read an index: where it is. */
final class IndexOptionMixin {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--site", paramLabel = "NAME",
      description = "The site to search, of those the config file names in [sites.NAME] tables.")
  String site;

  SearchEngine engine() throws IOException {
    List<Site> sites = Site.of(spec, Settings.forIndex(index), site == null ? List.of() : List.of(site));
    if (sites.size() > 1) {
      throw new ParameterException(spec.commandLine(), "name the site to search with --site: the config file names "
          + sites.size() + " sites");
    }
    return sites.getFirst().settings().engine();
  }
}
