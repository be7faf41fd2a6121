package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.content.Exclusions;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.SemanticModel;
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

  // A comma inside a glob's {a,b} does not split it.
  @Option(names = "--exclude", paramLabel = "GLOB", split = ",(?![^{}]*\\})",
      description = "Keep the files this glob matches out of search, matched against the path under the content "
          + "folder: drafts/**, **/private/*.md; a folder's name keeps everything in it out. Repeat for several.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--site", paramLabel = "NAME", split = ",",
      description = "Only this site of those the config file names in [sites.NAME] tables; repeat for several "
          + "(default: every site).")
  List<String> sites = new ArrayList<>();

  @Option(names = "--semantic",
      description = "Also search by meaning: embed each post with the model of the add-on blogsearch-semantic.jar "
          + "(beside blogsearch.jar) and mix the nearest posts in meaning with those the words find.")
  boolean semantic;

  /** The model, when {@code --semantic} asks for it, unpacking its natives beside the index; the caller closes it. */
  Optional<Embedder> meaning() throws IOException {
    return semantic ? Optional.of(SemanticModel.open(index)) : Optional.empty();
  }

  /** The blogs to work on: the config file's sites (those chosen with --site), or the one these options describe. */
  List<Site> sites() {
    return Site.of(spec, settings(), sites);
  }

  Settings settings() {
    if (maxFileMegabytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-file-size must be 1 MB or more");
    }
    Exclusions exclusions;
    try {
      exclusions = Exclusions.of(excludes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return new Settings(content, index, new ContentOptions(permalink, drafts, Clock.systemDefaultZone(),
        maxFileMegabytes * 1024L * 1024L, exclusions), engine.choice());
  }
}
