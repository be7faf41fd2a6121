package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.blogsearch.index.ContentWatcher;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.SearchEngine;
import org.blogsearch.web.WebOptions;
import org.blogsearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code blogsearch serve}: answers the HTTP API, the widget and the demo page until stopped, building the
 * index first if needed.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API, the embeddable widget (/widget.js) and a demo page (/); "
        + "builds the index first if it is missing.")
final class ServeCommand implements Callable<Integer> {

  private static final long SHUTDOWN_SECONDS = 10;

  @Mixin ContentOptionsMixin options;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Let only the pages of this origin read the API from another origin; repeat for several. "
          + "Written as a browser sends it: https://blog.example (default: any origin).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--watch",
      description = "Reindex as posts are added, edited, renamed or deleted, and serve each change within a second or two.")
  boolean watch;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    WebOptions web = webOptions();
    Settings settings = options.settings();
    PrintWriter out = spec.commandLine().getOut();
    PostIndexer indexer = settings.indexer();
    if (!PostIndexer.exists(settings.index())) {
      out.println("No index at " + settings.index() + " yet; building it from " + settings.content());
      SummaryPrinter.print(indexer.index(true), settings, out);
    } else if (watch) {
      // Catch up with what changed while no server watched.
      SummaryPrinter.print(indexer.index(false), settings, out);
    }
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On SIGTERM or Ctrl+C the hook wakes this thread, which closes the server (finishing requests in
    // flight) and the index; the JVM waits for that before it exits.
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("blogsearch-shutdown").unstarted(() -> {
      stopRequested.countDown();
      awaitQuietly(closed);
    }));
    try (SearchEngine engine = settings.engine();
        AutoCloseable watching = watch ? watch(settings, indexer, engine) : () -> { };
        WebServer server = WebServer.start(engine, web)) {
      out.printf("Serving %d posts from %s on http://%s:%d/%n", engine.status().posts(), settings.index(), host,
          server.port());
      out.flush();
      stopRequested.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /** Reindexes on every change of the content folder, and serves each commit at once. */
  private static ContentWatcher watch(Settings settings, PostIndexer indexer, SearchEngine engine)
      throws IOException {
    return ContentWatcher.start(settings.content(), indexer, summary -> {
      try {
        engine.refresh();
      } catch (IOException e) {
        // The periodic refresh picks the commit up a moment later.
      }
    });
  }

  private WebOptions webOptions() {
    try {
      return new WebOptions(host, port, corsOrigins);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
