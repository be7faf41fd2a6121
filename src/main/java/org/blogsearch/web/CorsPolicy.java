package org.blogsearch.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Locale;
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

  CorsPolicy(WebOptions options) {
    this.anyOrigin = options.anyOrigin();
    this.origins = Set.copyOf(options.corsOrigins());
  }

  void apply(Context ctx) {
    if (anyOrigin) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
      return;
    }
    // The answer differs by origin, so a shared cache must not hand one origin's answer to another.
    ctx.header(Header.VARY, Header.ORIGIN);
    String origin = ctx.header(Header.ORIGIN);
    if (origin != null && origins.contains(origin.toLowerCase(Locale.ROOT))) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
  }
}
