package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.SearchEngine;
import org.blogsearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code blogsearch serve}: answers the HTTP API until stopped, building the index first if needed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API; builds the index first if it is missing.")
final class ServeCommand implements Callable<Integer> {

  @Mixin ContentOptionsMixin options;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = options.settings();
    PrintWriter out = spec.commandLine().getOut();
    if (!PostIndexer.exists(settings.index())) {
      out.println("No index at " + settings.index() + " yet; building it from " + settings.content());
      SummaryPrinter.print(settings.indexer().index(true), settings, out);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (SearchEngine engine = settings.engine(); WebServer server = WebServer.start(engine, host, port)) {
      Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("blogsearch-shutdown").unstarted(() -> {
        server.close();
        stopped.countDown();
      }));
      out.printf("Serving %d posts from %s on http://%s:%d/%n", engine.status().posts(), settings.index(), host,
          server.port());
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
