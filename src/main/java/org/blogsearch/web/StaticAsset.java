package org.blogsearch.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file from the jar, read once and served with an {@code ETag}, so a browser that has it answers a
 * revalidation with a 304 instead of downloading it again. Immutable and thread-safe.
 */
final class StaticAsset {

  private final byte[] body;
  private final String contentType;
  private final String cacheControl;
  private final String etag;

  private StaticAsset(byte[] body, String contentType, String cacheControl) {
    this.body = body;
    this.contentType = contentType;
    this.cacheControl = cacheControl;
    this.etag = '"' + HexFormat.of().formatHex(sha256(body), 0, 12) + '"';
  }

  static StaticAsset load(String name, String contentType, String cacheControl) {
    try (InputStream in = StaticAsset.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + name);
      }
      return new StaticAsset(in.readAllBytes(), contentType, cacheControl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(Context ctx) {
    ctx.header(Header.CACHE_CONTROL, cacheControl).header(Header.ETAG, etag);
    if (isCached(ctx.header(Header.IF_NONE_MATCH))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
    } else {
      ctx.contentType(contentType).result(body);
    }
  }

  /** {@code If-None-Match} holds a list of tags, weak ones prefixed {@code W/}, or {@code *}. */
  private boolean isCached(String ifNoneMatch) {
    return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
