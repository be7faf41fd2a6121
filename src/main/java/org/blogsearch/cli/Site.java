package org.blogsearch.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.content.Exclusions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One blog a command works on: a {@code [sites.NAME]} table of the config file, or, where the file names
 * none, the one unnamed blog the options describe.
 *
 * @param name the site's name; null for the unnamed blog
 * @param settings where its posts and index are and how posts are read
 * @param corsOrigins the origins whose pages may read its answers; empty leaves it to {@code --cors-origin}
 */
record Site(String name, Settings settings, List<String> corsOrigins) {

  Site {
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** A name to print: the site's, or nothing for the one unnamed blog. */
  String label() {
    return name == null ? "" : "site " + name + ": ";
  }

  /**
   * The sites of the config file, else the one blog {@code unnamed} describes; only those in
   * {@code chosen} when it names any. Each named site keeps its index in {@code indexRoot}/NAME unless its
   * table says otherwise, and takes the options' permalink and drafts unless its table sets its own.
   */
  static List<Site> of(CommandSpec spec, Settings unnamed, List<String> chosen) {
    List<ConfigFile.SiteTable> tables = spec.commandLine().getDefaultValueProvider() instanceof ConfigDefaults d
        ? d.sites(spec) : List.of();
    if (tables.isEmpty()) {
      if (!chosen.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--site " + chosen.getFirst() + ": no sites are named "
            + "in the config file; name them in [sites.NAME] tables");
      }
      return List.of(new Site(null, unnamed, List.of()));
    }
    List<String> names = tables.stream().map(ConfigFile.SiteTable::name).toList();
    for (String name : chosen) {
      if (!names.contains(name)) {
        throw new ParameterException(spec.commandLine(), "--site " + name + ": no such site; the config file names "
            + (names.size() <= 10 ? String.join(", ", names) : names.size() + " sites"));
      }
    }
    List<Site> sites = new ArrayList<>();
    for (ConfigFile.SiteTable table : tables) {
      if (chosen.isEmpty() || chosen.contains(table.name())) {
        try {
          sites.add(of(table, unnamed));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "site " + table.name() + ": " + e.getMessage());
        }
      }
    }
    return sites;
  }

  /** @throws IllegalArgumentException naming a glob of the table that is not one */
  private static Site of(ConfigFile.SiteTable table, Settings unnamed) {
    Map<String, ConfigFile.Setting> values = table.settings();
    Path content = Path.of(values.get("content").value());
    Path index = values.containsKey("index") ? Path.of(values.get("index").value())
        : unnamed.index().resolve(table.name());
    ContentOptions shared = unnamed.contentOptions();
    String permalink = values.containsKey("permalink") ? values.get("permalink").value() : shared.permalink();
    boolean drafts = values.containsKey("drafts") ? Boolean.parseBoolean(values.get("drafts").value())
        : shared.includeDrafts();
    List<String> origins = values.containsKey("cors-origin")
        ? Arrays.stream(values.get("cors-origin").value().split(",")).filter(o -> !o.isBlank()).toList()
        : List.of();
    Exclusions exclusions = values.containsKey("exclude")
        ? Exclusions.of(Arrays.asList(values.get("exclude").value().split(",(?![^{}]*\\})")))
        : shared.exclusions();
    return new Site(table.name(), unnamed.forSite(table.name(), content, index,
        new ContentOptions(permalink, drafts, Clock.systemDefaultZone(), shared.maxFileBytes(), exclusions)), origins);
  }
}
