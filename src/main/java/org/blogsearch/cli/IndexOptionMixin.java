package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.blogsearch.engine.SearchEngine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the commands that only read an index: where it is, and which engine. */
final class IndexOptionMixin {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the search index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Mixin EngineOptionsMixin engine;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--site", paramLabel = "NAME",
      description = "The site to search, of those the config file names in [sites.NAME] tables.")
  String site;

  SearchEngine engine() throws IOException {
    return settings().engine();
  }

  /** The settings of the site to read: the one blog, or the site --site names of those the config file names. */
  Settings settings() {
    List<Site> sites = Site.of(spec, Settings.forIndex(index, engine.choice()), site == null ? List.of() : List.of(site));
    if (sites.size() > 1) {
      throw new ParameterException(spec.commandLine(), "name the site to search with --site: the config file names "
          + sites.size() + " sites");
    }
    return sites.getFirst().settings();
  }
}
