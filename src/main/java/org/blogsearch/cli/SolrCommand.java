package org.blogsearch.cli;

import java.util.concurrent.Callable;
import org.blogsearch.engine.Cluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code blogsearch solr init}: creates or updates what blogsearch keeps in a SolrCloud. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "Prepare a SolrCloud for --engine solr.",
    subcommands = SolrCommand.Init.class)
final class SolrCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: init");
  }

  /** Uploads the configset and creates the collection and its alias, or updates them. */
  @Command(name = "init", mixinStandardHelpOptions = true,
      description = "Upload blogsearch's configset to the cluster and create its collection and the alias "
          + "blogsearch (or update the configset and reload the collection). blogsearch index --engine solr "
          + "does the same when they are missing.")
  static final class Init implements Callable<Integer> {

    @Mixin EngineOptionsMixin engine;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Cluster cluster = engine.solr().connect()) {
        spec.commandLine().getOut().println(cluster.init());
      }
      return 0;
    }
  }
}
