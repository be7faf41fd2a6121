package org.blogsearch.web;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.blogsearch.analytics.QueryLog;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.InvalidRequestException;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.Sites;
import org.blogsearch.engine.UnknownSiteException;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchTimeoutException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the search API, the health check, the metrics, the embeddable widget, a demo page and
 * the API's OpenAPI description ({@code /openapi.json}, kept true by a test) over one {@link SearchEngine}. All setup happens once in {@link #start}; handlers parse, call the engine and
 * answer, and every error is mapped to a JSON answer in one place.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int SUGGESTIONS = 8;
  private static final int MAX_SUGGESTIONS = 20;
  private static final int RELATED = 5;
  /** The query parameter naming the blog a request is for, where a service answers for several. */
  public static final String SITE = "site";
  /** How long a stopping server lets the requests in flight finish. */
  public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final Javalin app;
  private final Optional<Javalin> metricsApp;
  private final ServerMetrics metrics;
  private final SearchThreads searches;
  private final Optional<AccessLog> accessLog;
  private final AtomicBoolean stopping;

  private WebServer(Javalin app, Optional<Javalin> metricsApp, ServerMetrics metrics, SearchThreads searches,
      Optional<AccessLog> accessLog, AtomicBoolean stopping) {
    this.app = app;
    this.stopping = stopping;
    this.metricsApp = metricsApp;
    this.metrics = metrics;
    this.searches = searches;
    this.accessLog = accessLog;
  }

  /** Starts serving one blog as {@code options} say, keeping no query log; port 0 picks a free port. */
  public static WebServer start(SearchEngine engine, WebOptions options) {
    return start(Sites.single(engine), options, QueryLog.OFF);
  }

  /**
   * Starts serving {@code sites} as {@code options} say, noting every search in {@code queryLog}; port 0
   * picks a free port. Where sites are named, every API request names its site with {@code site=NAME}.
   */
  public static WebServer start(Sites sites, WebOptions options, QueryLog queryLog) {
    StaticAsset demoPage = StaticAsset.load("/web/index.html", ContentType.HTML + "; charset=utf-8", "no-cache");
    StaticAsset demoScript = StaticAsset.load("/web/demo.js", "text/javascript; charset=utf-8", "no-cache");
    StaticAsset widget = StaticAsset.load("/web/widget.js", "text/javascript; charset=utf-8", "public, max-age=3600");
    StaticAsset openApi = StaticAsset.load("/web/openapi.json", ContentType.JSON + "; charset=utf-8", "no-cache");
    CorsPolicy cors = new CorsPolicy(options);
    RequestLimits limits = options.limits();
    // First, so that a file it cannot write stops the start before anything else is held.
    Optional<AccessLog> accessLog = AccessLog.open(options.accessLog(), limits.trustProxy());
    ServerMetrics metrics = new ServerMetrics(sites, queryLog);
    SearchThreads searches = new SearchThreads();
    AtomicBoolean stopping = new AtomicBoolean();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.concurrency.useVirtualThreads = true;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.jetty.modifyServer(server -> {
        // On stop Jetty stops accepting at once, but waits for the requests in flight only behind this.
        server.insertHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.setErrorHandler(new JsonErrors());
        accessLog.ifPresent(server::setRequestLog);
      });
      config.requestLogger.http(metrics::requestDone);
      // Blogs embed the widget in pages of their own domain, which read the API across origins.
      config.routes.before(cors::apply);
      config.routes.before(SecurityHeaders::everyAnswer);
      // Jetty refuses new connections a moment before it refuses the requests of those kept open:
      // a request that comes after the stop began is refused, whichever way it came.
      config.routes.before(ctx -> {
        if (stopping.get()) {
          error(ctx, HttpStatus.SERVICE_UNAVAILABLE, JsonErrors.STOPPING);
          ctx.skipRemainingHandlers();
        }
      });
      if (limits.rateLimited()) {
        config.routes.beforeMatched(new RateLimiter(limits, System::nanoTime)::admit);
      }
      config.routes.get("/api/search", ctx -> {
        SearchRequest request = SearchParams.from(ctx, limits);
        SearchResults results = searches.run(() -> on(sites, ctx, engine -> engine.search(request)));
        metrics.searched(results);
        // Later pages of the same query are one reader reading on, not another search.
        if (results.request().page() == 1) {
          queryLog.record(results.request().query(), results.total());
        }
        ctx.header(ServerTiming.HEADER, ServerTiming.of(results.took()));
        ctx.json(SearchResponse.of(results));
      });
      config.routes.get("/api/suggest", ctx -> {
        String text = SearchParams.text(ctx);
        limits.checkText(text);
        int size = SearchParams.number(ctx, "size", SUGGESTIONS, MAX_SUGGESTIONS);
        ctx.json(new SuggestResponse(text, searches.run(() -> on(sites, ctx, engine -> engine.suggest(text, size)))));
      });
      config.routes.get("/api/tags", ctx -> ctx.json(new TagsResponse(searches.run(() -> on(sites, ctx, SearchEngine::tags)))));
      config.routes.get("/api/posts/{slug}/related", ctx -> {
        String slug = ctx.pathParam("slug");
        int size = SearchParams.number(ctx, "size", RELATED, SearchRequest.MAX_SIZE);
        ctx.json(RelatedResponse.of(searches.run(() -> on(sites, ctx, engine -> engine.related(slug, size)))
            .orElseThrow(() -> new NotFoundException("no published post has the slug '" + slug + "'"))));
      });
      config.routes.get("/", ctx -> {
        SecurityHeaders.page(ctx);
        demoPage.serve(ctx);
      });
      config.routes.get("/demo.js", demoScript::serve);
      config.routes.get("/widget.js", widget::serve);
      config.routes.get("/openapi.json", openApi::serve);
      config.routes.get("/healthz", ctx -> health(ctx, sites));
      if (options.metrics().withApi()) {
        config.routes.get("/metrics", metrics::serve);
      }
      config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
      config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
      config.routes.exception(UnknownSiteException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
      config.routes.exception(TooManyRequestsException.class, (e, ctx) -> {
        ctx.header(Header.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        error(ctx, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
      });
      config.routes.exception(SearchTimeoutException.class, (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE,
          e.getMessage() + " (--request-timeout); try again, or with fewer words"));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.fullUrl(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed to answer; the error is in its log");
      });
      config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
        // A route that answered 404 itself (an unknown slug or site) has said why already.
        if (ctx.endpoints().matchedHttpEndpoint() == null) {
          error(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path());
        }
      });
    });
    Optional<Javalin> metricsApp = Optional.empty();
    try {
      app.start(options.host(), options.port());
      if (options.metrics().ownPort()) {
        metricsApp = Optional.of(metricsApp(metrics).start(options.host(), options.metrics().port()));
      }
    } catch (RuntimeException e) {
      app.stop();
      searches.close();
      accessLog.ifPresent(AccessLog::close);
      throw e;
    }
    return new WebServer(app, metricsApp, metrics, searches, accessLog, stopping);
  }

  /** A server of {@code /metrics} alone, for a port the public does not reach. */
  private static Javalin metricsApp(ServerMetrics metrics) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
      config.routes.before(SecurityHeaders::everyAnswer);
      config.routes.get("/metrics", metrics::serve);
      config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> error(ctx, HttpStatus.NOT_FOUND,
          "no such page: " + ctx.path() + "; this port serves /metrics only"));
    });
  }

  /** The port actually listened on. */
  public int port() {
    return app.port();
  }

  /** The port {@code /metrics} is served on when it has one of its own. */
  public OptionalInt metricsPort() {
    return metricsApp.map(metricsServer -> OptionalInt.of(metricsServer.port())).orElse(OptionalInt.empty());
  }

  /** What one site's engine answers to a request. */
  @FunctionalInterface
  private interface SiteCall<T> {
    T on(SearchEngine engine) throws IOException;
  }

  /** Calls the engine of the site the request names ({@code site=NAME}), or of the one unnamed blog. */
  private static <T> T on(Sites sites, Context ctx, SiteCall<T> call) throws IOException {
    try (Sites.Lease site = sites.acquire(ctx.queryParam(SITE))) {
      return call.on(site.engine());
    }
  }

  /**
   * Answers the health check: 200 with the index's status (of the site named, where sites are named and
   * one is), or 503 when the index cannot be read.
   */
  private static void health(Context ctx, Sites sites) {
    if (sites.named() && ctx.queryParam(SITE) == null) {
      ctx.json(HealthResponse.sites(sites.count()));
      return;
    }
    IndexStatus status;
    try {
      status = on(sites, ctx, SearchEngine::status);
    } catch (UnknownSiteException | InvalidRequestException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      LOG.warn("health check: the index cannot be read: {}", e.toString());
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(HealthResponse.unavailable());
      return;
    }
    ctx.json(HealthResponse.of(status));
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(new ApiError(message));
  }

  /** Stops accepting requests and lets those in flight finish, for up to {@link #STOP_TIMEOUT}. */
  @Override
  public void close() {
    stopping.set(true);
    app.stop();
    metricsApp.ifPresent(Javalin::stop);
    searches.close();
    metrics.close();
    accessLog.ifPresent(AccessLog::close);
  }
}
