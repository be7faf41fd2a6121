package org.blogsearch.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.blogsearch.analytics.QueryLog;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.Sites;
import org.blogsearch.engine.SearchResults;

/**
 * What {@code GET /metrics} reports, in the Prometheus text format: requests and their latency by
 * route, searches that found nothing, the served index (posts, size, commit and refresh times), the
 * query log's dropped searches, and the JVM. Thread-safe.
 */
final class ServerMetrics implements AutoCloseable {

  /** What {@link #scrape()} writes: the Prometheus text format. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Map<RequestKind, Timer> requests = new ConcurrentHashMap<>();
  private final Counter zeroResults;

  /** The tags of one request timer; routes are templates, so each post's path does not make one. */
  private record RequestKind(String route, String method, int status) {}

  ServerMetrics(Sites sites, QueryLog queryLog) {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    zeroResults = Counter.builder("blogsearch.searches.zero.results")
        .description("Searches with words that found no post").register(registry);
    FunctionCounter.builder("blogsearch.query.log.dropped", queryLog, QueryLog::dropped)
        .description("Searches left out of the query log because the disk could not keep up").register(registry);
    if (sites.named()) {
      Gauge.builder("blogsearch.sites", sites, Sites::count).description("Blogs this service answers for")
          .register(registry);
    } else {
      indexGauges(sites);
    }
  }

  /** The gauges of the one blog's index. */
  private void indexGauges(Sites sites) {
    indexGauge("blogsearch.index.posts", "Posts in the served index", null, sites, IndexStatus::posts);
    indexGauge("blogsearch.index.size", "Size on disk of the served index", "bytes", sites, IndexStatus::sizeBytes);
    indexGauge("blogsearch.index.last.commit.timestamp", "When the served index was committed, in seconds since the epoch",
        "seconds", sites, status -> status.lastCommit().toEpochMilli() / 1000.0);
    indexGauge("blogsearch.index.last.refresh.timestamp", "When the server last opened a new commit, in seconds since the epoch",
        "seconds", sites, status -> status.lastRefresh().toEpochMilli() / 1000.0);
    indexGauge("blogsearch.index.refresh.duration", "How long opening the last new commit took",
        "seconds", sites, status -> status.refreshTook().toNanos() / 1e9);
  }

  private void indexGauge(String name, String description, String unit, Sites sites,
      ToDoubleFunction<IndexStatus> value) {
    Gauge.builder(name, sites, served -> {
      try (Sites.Lease site = served.acquire(null)) {
        return value.applyAsDouble(site.engine().status());
      } catch (IOException | RuntimeException unreadable) {
        // The health check says why; a gauge can only say it has no value.
        return Double.NaN;
      }
    }).description(description).baseUnit(unit).register(registry);
  }

  /** Counts a finished request with the time it took. */
  void requestDone(Context ctx, float millis) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    RequestKind kind = new RequestKind(endpoint == null ? "unmatched" : endpoint.path, ctx.method().name(),
        ctx.statusCode());
    requests.computeIfAbsent(kind, k -> Timer.builder("http.server.requests")
        .description("HTTP requests by route, method and status")
        .tags("route", k.route(), "method", k.method(), "status", Integer.toString(k.status()))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry))
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
  }

  void searched(SearchResults results) {
    if (results.total() == 0 && !results.request().query().isBlank()) {
      zeroResults.increment();
    }
  }

  String scrape() {
    return registry.scrape();
  }

  /** Answers {@code GET /metrics}. */
  void serve(Context ctx) {
    ctx.contentType(CONTENT_TYPE).result(scrape());
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
