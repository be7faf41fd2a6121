package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.blogsearch.Version;
import org.blogsearch.analytics.QueryLog;
import org.blogsearch.engine.Indexer;
import org.blogsearch.engine.Sites;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.web.AccessLogOptions;
import org.blogsearch.web.MetricsPlace;
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

  @Option(names = "--open-sites", paramLabel = "N", defaultValue = "256",
      description = "Where the config file names sites: how many sites' indexes stay open at once, those "
          + "searched last; the others open on their next search (default: ${DEFAULT-VALUE}).")
  int openSites;

  @Option(names = "--access-log", paramLabel = "stdout|FILE", arity = "0..1", fallbackValue = AccessLogOptions.STDOUT,
      description = "Write a line per request (time, client, method, path, status, bytes, ms) to standard output, "
          + "or append it to FILE (default: no access log).")
  String accessLog;

  @Option(names = "--access-log-queries",
      description = "Write the query string in the access log too; without it, what readers search for is not logged.")
  boolean accessLogQueries;

  @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
      description = "What the server logs: error, warn, info or debug (default: ${DEFAULT-VALUE}).")
  LogLevel logLevel;

  /** Whether /metrics is answered. */
  enum Switch { on, off }

  @Option(names = "--metrics", paramLabel = "on|off", defaultValue = "on",
      description = "Answer GET /metrics (Prometheus); off for a site that keeps it private (default: ${DEFAULT-VALUE}).")
  Switch metrics;

  @Option(names = "--metrics-port", paramLabel = "N",
      description = "Answer /metrics on this port of the same host instead of beside the API, for a port the public "
          + "does not reach (default: beside the API).")
  Integer metricsPort;

  @Spec CommandSpec spec;


  @Override
  public Integer call() throws Exception {
    logLevel.apply();
    List<Site> sites = options.sites();
    WebOptions web = webOptions(sites);
    EffectiveSettings.log(spec);
    IdleHeap.returnMemoryWhenIdle();
    PrintWriter out = spec.commandLine().getOut();
    Optional<Embedder> meaning = options.meaning();
    try {
      return serve(sites, web, out, meaning);
    } finally {
      meaning.ifPresent(Embedder::close);
    }
  }

  private int serve(List<Site> sites, WebOptions web, PrintWriter out, Optional<Embedder> meaning) throws Exception {
    for (Site site : sites) {
      try {
        catchUp(site, out, meaning);
      } catch (IOException e) {
        if (site.name() == null) {
          throw e;
        }
        // The other blogs are served; this one answers that its index cannot be read until it is built.
        out.println(site.label() + "not indexed: " + e.getMessage());
      }
    }
    // The query log is kept beside the first site's index.
    Settings first = sites.getFirst().settings();
    // On SIGTERM or Ctrl+C this thread wakes, and closes the server (finishing requests in flight),
    // the query log and the indexes; the JVM waits for that before it exits.
    StopSignal stop = StopSignal.install(WebServer.STOP_TIMEOUT.plusSeconds(5));
    try (Sites served = open(sites, meaning);
        QueryLog queries = queryLog.open(first, out);
        Watchers watching = watch ? Watchers.start(sites, served, meaning) : Watchers.NONE;
        WebServer server = WebServer.start(served, web, queries)) {
      if (served.named()) {
        out.printf("Serving %d sites on http://%s:%d/ (blogsearch %s)%n", served.count(), host, server.port(),
            Version.current());
      } else {
        try (Sites.Lease site = served.acquire(null)) {
          out.printf("Serving %d posts from %s on http://%s:%d/ (blogsearch %s)%n", site.engine().status().posts(),
              first.indexedIn(), host, server.port(), Version.current());
        }
      }
      server.metricsPort().ifPresent(metricsPort -> out.printf("Metrics on http://%s:%d/metrics%n", host, metricsPort));
      out.flush();
      stop.await();
    } catch (Throwable e) {
      stop.closed(false);
      throw e;
    }
    stop.closed(true);
    return 0;
  }

  /**
   * Builds a site's index when it has none, builds it again when another version of blogsearch built
   * it, and with --watch brings it in line with its folder. An index built with other settings (with
   * --semantic, say, when this server runs without) is served as it is.
   */
  private void catchUp(Site site, PrintWriter out, Optional<Embedder> meaning) throws IOException {
    Indexer indexer = site.settings().indexer(meaning);
    if (!indexer.exists()) {
      out.println(site.label() + "No index in " + site.settings().indexedIn() + " yet; building it from "
          + site.settings().content());
      SummaryPrinter.print(indexer.index(true), site.settings(), out);
      return;
    }
    boolean readable = indexer.builtByThisVersion();
    if (!readable) {
      out.println(site.label() + "The index in " + site.settings().indexedIn()
          + " was built by another version of blogsearch; building it again");
    }
    if (watch || !readable) {
      // Catch up with what changed while no server watched.
      out.print(site.label());
      SummaryPrinter.print(indexer.index(false), site.settings(), out);
    }
  }

  /** The engines of the sites: opened as readers first search them, where sites are named. */
  private Sites open(List<Site> sites, Optional<Embedder> meaning) throws IOException {
    if (sites.getFirst().name() == null) {
      return Sites.single(sites.getFirst().settings().engine(limits.requestTimeout(), meaning));
    }
    Map<String, Settings> byName = new HashMap<>();
    sites.forEach(site -> byName.put(site.name(), site.settings()));
    return Sites.named(sites.stream().map(Site::name).toList(),
        name -> byName.get(name).engine(limits.requestTimeout(), meaning), openSites);
  }

  private WebOptions webOptions(List<Site> sites) {
    if (openSites < 1) {
      throw new ParameterException(spec.commandLine(), "--open-sites must be 1 or more");
    }
    Map<String, List<String>> siteOrigins = new HashMap<>();
    sites.stream().filter(site -> site.name() != null && !site.corsOrigins().isEmpty())
        .forEach(site -> siteOrigins.put(site.name(), site.corsOrigins()));
    try {
      if (metrics == Switch.off && metricsPort != null) {
        throw new IllegalArgumentException("--metrics-port has no use with --metrics off");
      }
      MetricsPlace place = metrics == Switch.off ? MetricsPlace.OFF
          : metricsPort == null ? MetricsPlace.WITH_API : MetricsPlace.onPort(metricsPort);
      return new WebOptions(host, port, corsOrigins, limits.requestLimits(), place,
          new AccessLogOptions(Optional.ofNullable(accessLog), accessLogQueries), siteOrigins);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
