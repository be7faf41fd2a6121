package org.blogsearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose the engine: the embedded index folder, or a SolrCloud. */
final class EngineOptionsMixin {

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "lucene",
      description = "lucene (the index folder) or solr (a SolrCloud; --index is then not used) "
          + "(default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--solr-zk", paramLabel = "HOST:PORT[/chroot]",
      description = "With --engine solr: the cluster's ZooKeeper, such as zk1:2181,zk2:2181/solr.")
  String solrZk;

  @Option(names = "--solr-url", paramLabel = "URL",
      description = "With --engine solr and no --solr-zk: a node of the cluster, such as http://solr1:8983/solr.")
  String solrUrl;

  Engine choice() {
    switch (engine.toLowerCase(Locale.ROOT)) {
      case "lucene" -> {
        return Engine.LUCENE;
      }
      case "solr" -> {
        return solr();
      }
      default -> throw new ParameterException(spec.commandLine(),
          "--engine must be lucene or solr, not '" + engine + "'");
    }
  }

  /**
   * The SolrCloud named by --solr-zk or --solr-url, whatever --engine says; a run that asks for it
   * without the add-on stops here, before it reads or serves anything, with one sentence.
   */
  Engine solr() {
    if (Engine.solrAddOn().isEmpty()) {
      throw new UncheckedIOException(Engine.SOLR_MISSING, new IOException(Engine.SOLR_MISSING));
    }
    if (solrZk == null && solrUrl == null) {
      throw new ParameterException(spec.commandLine(),
          "--engine solr needs --solr-zk HOST:PORT[/chroot] or --solr-url URL");
    }
    return new Engine(true, Optional.ofNullable(solrZk), Optional.ofNullable(solrUrl), Engine.DEFAULT_SITE);
  }
}
