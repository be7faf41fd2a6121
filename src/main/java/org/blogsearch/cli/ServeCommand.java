package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.blogsearch.analytics.QueryLog;
import org.blogsearch.index.ContentWatcher;
import org.blogsearch.index.IndexProgress;
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

  @Mixin ContentOptionsMixin options;

  @Mixin LimitOptionsMixin limits;

  @Mixin QueryLogOptionsMixin queryLog;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
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
    EffectiveSettings.log(spec);
    IdleHeap.returnMemoryWhenIdle();
    PrintWriter out = spec.commandLine().getOut();
    if (watch && settings.engineChoice().solr()) {
      throw new ParameterException(spec.commandLine(), "--watch works with --engine lucene only; with solr, "
          + "run blogsearch index --engine solr after each change");
    }
    if (!settings.indexExists()) {
      out.println("No index in " + settings.indexedIn() + " yet; building it from " + settings.content());
      SummaryPrinter.print(settings.index(true, IndexProgress.SILENT), settings, out);
    } else if (watch) {
      // Catch up with what changed while no server watched.
      SummaryPrinter.print(settings.index(false, IndexProgress.SILENT), settings, out);
    }
    // On SIGTERM or Ctrl+C this thread wakes, and closes the server (finishing requests in flight),
    // the query log and the index; the JVM waits for that before it exits.
    StopSignal stop = StopSignal.install(WebServer.STOP_TIMEOUT.plusSeconds(5));
    try (SearchEngine engine = settings.engine(limits.requestTimeout());
        QueryLog queries = queryLog.open(settings, out);
        AutoCloseable watching = watch ? watch(settings, settings.indexer(), engine) : () -> { };
        WebServer server = WebServer.start(engine, web, queries)) {
      out.printf("Serving %d posts from %s on http://%s:%d/%n", engine.status().posts(), settings.indexedIn(), host,
          server.port());
      out.flush();
      stop.await();
    } catch (Throwable e) {
      stop.closed(false);
      throw e;
    }
    stop.closed(true);
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
      return new WebOptions(host, port, corsOrigins, limits.requestLimits());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
