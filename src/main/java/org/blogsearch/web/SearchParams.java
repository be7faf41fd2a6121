package org.blogsearch.web;

import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.DateBound;
import org.blogsearch.engine.InvalidRequestException;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SortOrder;

/** Reads the query parameters of {@code GET /api/search} into a request; bad values are 400s. */
final class SearchParams {

  private SearchParams() {}

  /** The request, refused with a 400 if it asks more than {@code limits} allow. */
  static SearchRequest from(Context ctx, RequestLimits limits) {
    String query = text(ctx);
    List<String> tags = ctx.queryParams("tag").stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    SearchRequest request = new SearchRequest(
        query,
        tags,
        param(ctx, "from").map(v -> DateBound.first("from", v)),
        param(ctx, "to").map(v -> DateBound.last("to", v)),
        param(ctx, "sort").map(SortOrder::parse).orElse(SortOrder.RELEVANCE),
        number(ctx, "page", 1),
        number(ctx, "size", SearchRequest.DEFAULT_SIZE));
    limits.check(request);
    return request;
  }

  /**
   * The query text, {@code q}; empty when absent. A query string that is not valid URL encoding is
   * refused, since the parameters it holds would be lost rather than read.
   */
  static String text(Context ctx) {
    checkEncoding(ctx.queryString());
    return Optional.ofNullable(ctx.queryParam("q")).orElse("");
  }

  private static void checkEncoding(String queryString) {
    if (queryString == null) {
      return;
    }
    for (int i = queryString.indexOf('%'); i >= 0; i = queryString.indexOf('%', i + 1)) {
      if (i + 2 >= queryString.length() || !HexFormat.isHexDigit(queryString.charAt(i + 1))
          || !HexFormat.isHexDigit(queryString.charAt(i + 2))) {
        throw new InvalidRequestException("the query string is not valid URL encoding at character " + (i + 1)
            + ": '%' must be followed by two hexadecimal digits (a percent sign itself is written %25)");
      }
    }
  }

  /** A whole-number parameter between 1 and {@code max}, or {@code fallback} when absent. */
  static int number(Context ctx, String name, int fallback, int max) {
    int value = number(ctx, name, fallback);
    if (value < 1 || value > max) {
      throw new InvalidRequestException(name + " must be between 1 and " + max + ", not " + value);
    }
    return value;
  }

  private static Optional<String> param(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static int number(Context ctx, String name, int fallback) {
    Optional<String> value = param(ctx, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be a whole number, not '" + value.get() + "'");
    }
  }
}
