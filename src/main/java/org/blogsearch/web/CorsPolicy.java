package org.blogsearch.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which web pages may read the API from another origin: every page, or those of the listed origins.
 * The API only answers simple GETs, so browsers never send a preflight and the one header decides.
 * A refused origin still gets its answer, without the header, and the browser keeps it from the page.
 * Immutable and thread-safe.
 */
final class CorsPolicy {

  private final boolean anyOrigin;
  private final Set<String> origins;
  private final Map<String, Set<String>> siteOrigins;

  CorsPolicy(WebOptions options) {
    this.anyOrigin = options.anyOrigin();
    this.origins = Set.copyOf(options.corsOrigins());
    Map<String, Set<String>> bySite = new HashMap<>();
    options.siteCorsOrigins().forEach((site, listed) -> bySite.put(site, Set.copyOf(listed)));
    this.siteOrigins = Map.copyOf(bySite);
  }

  void apply(Context ctx) {
    String site = ctx.queryParam(WebServer.SITE);
    Set<String> forSite = site == null ? null : siteOrigins.get(site);
    if (forSite != null && !forSite.contains("*")) {
      allowListed(ctx, forSite);
      return;
    }
    if (anyOrigin || forSite != null) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
      return;
    }
    allowListed(ctx, origins);
  }

  private static void allowListed(Context ctx, Set<String> origins) {
    // The answer differs by origin, so a shared cache must not hand one origin's answer to another.
    ctx.header(Header.VARY, Header.ORIGIN);
    String origin = ctx.header(Header.ORIGIN);
    if (origin != null && origins.contains(origin.toLowerCase(Locale.ROOT))) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
  }
}
