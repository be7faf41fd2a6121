package org.blogsearch.web;

import io.javalin.http.Context;

/**
 * Headers that keep browsers from misusing answers. Every answer: no guessing at content types,
 * and no full URL in the Referer when a reader follows a link elsewhere. The demo page also may not
 * be framed (blogs embed the widget script, never the page) and may run only this server's scripts.
 */
final class SecurityHeaders {

  /**
   * The demo page loads its scripts from this server and asks only this server's API. Styles may be
   * inline: the page has a style block, and the widget puts its styles into a {@code <style>} element.
   */
  static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
  static final String NO_SNIFF = "nosniff";
  static final String REFERRER_POLICY = "Referrer-Policy";
  static final String REFERRER = "strict-origin-when-cross-origin";

  private SecurityHeaders() {}

  static void everyAnswer(Context ctx) {
    ctx.header(CONTENT_TYPE_OPTIONS, NO_SNIFF);
    ctx.header(REFERRER_POLICY, REFERRER);
  }

  static void page(Context ctx) {
    ctx.header("Content-Security-Policy", PAGE_POLICY);
    ctx.header("X-Frame-Options", "DENY");
  }
}
