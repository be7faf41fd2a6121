package org.blogsearch.web;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import org.blogsearch.search.IndexStatus;
import org.blogsearch.search.InvalidRequestException;
import org.blogsearch.search.SearchEngine;
import org.blogsearch.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the search API, the health check, the embeddable widget and a demo page over one
 * {@link SearchEngine}. All setup happens once in {@link #start}; handlers parse, call the engine and
 * answer, and every error is mapped to a JSON answer in one place.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final int SUGGESTIONS = 8;
  private static final int MAX_SUGGESTIONS = 20;
  private static final int RELATED = 5;

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving as {@code options} say; port 0 picks a free port, see {@link #port()}. */
  public static WebServer start(SearchEngine engine, WebOptions options) {
    StaticAsset demoPage = StaticAsset.load("/web/index.html", ContentType.HTML + "; charset=utf-8", "no-cache");
    StaticAsset widget = StaticAsset.load("/web/widget.js", "text/javascript; charset=utf-8", "public, max-age=3600");
    CorsPolicy cors = new CorsPolicy(options);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.concurrency.useVirtualThreads = true;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      // Blogs embed the widget in pages of their own domain, which read the API across origins.
      config.routes.before(cors::apply);
      config.routes.get("/api/search", ctx -> ctx.json(SearchResponse.of(engine.search(SearchParams.from(ctx)))));
      config.routes.get("/api/suggest", ctx -> {
        String text = SearchParams.text(ctx);
        ctx.json(new SuggestResponse(text, engine.suggest(text, SearchParams.number(ctx, "size", SUGGESTIONS, MAX_SUGGESTIONS))));
      });
      config.routes.get("/api/tags", ctx -> ctx.json(new TagsResponse(engine.tags())));
      config.routes.get("/api/posts/{slug}/related", ctx -> ctx.json(RelatedResponse.of(
          engine.related(ctx.pathParam("slug"), SearchParams.number(ctx, "size", RELATED, SearchRequest.MAX_SIZE))
              .orElseThrow(() -> new NotFoundException("no published post has the slug '" + ctx.pathParam("slug") + "'")))));
      config.routes.get("/", demoPage::serve);
      config.routes.get("/widget.js", widget::serve);
      config.routes.get("/healthz", ctx -> ctx.json(health(engine.status())));
      config.routes.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
      config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.fullUrl(), e);
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed to answer; the error is in its log");
      });
      config.routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
        if (!String.valueOf(ctx.contentType()).startsWith(ContentType.JSON)) {
          error(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path());
        }
      });
    });
    app.start(options.host(), options.port());
    return new WebServer(app);
  }

  /** The port actually listened on. */
  public int port() {
    return app.port();
  }

  /** The body of {@code GET /healthz}. */
  record Health(String status, int posts, String lastCommit) {}

  private static Health health(IndexStatus status) {
    return new Health("ok", status.posts(), status.lastCommit().toString());
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(new ApiError(message));
  }

  /** Stops accepting requests and lets those in flight finish. */
  @Override
  public void close() {
    app.stop();
  }
}
