package org.blogsearch.web;

import org.blogsearch.engine.InvalidRequestException;
import org.blogsearch.engine.QuerySyntax;
import org.blogsearch.engine.SearchRequest;

/**
 * What one request may ask of the server and how often one client may ask. The query syntax has no
 * wildcards or regular expressions, and typo tolerance and prefixes are bounded where queries are
 * built, so a query's cost grows only with its length, its words and the depth of the page asked for.
 * Each limit names the {@code serve} option that sets it, so whoever runs the server knows what to change.
 *
 * @param maxQueryLength the characters {@code q} may have
 * @param maxQueryWords the words {@code q} may have ({@code OR} does not count)
 * @param maxDepth the deepest hit a page may reach: page × size
 * @param ratePerSecond requests a second one client may make on average; 0 turns the rate limit off
 * @param burst requests one client may make at once before the rate applies
 * @param trustProxy whether a client is the last address a proxy in front wrote in
 *     {@code X-Forwarded-For} rather than the address the request came from
 */
public record RequestLimits(int maxQueryLength, int maxQueryWords, int maxDepth, int ratePerSecond, int burst,
    boolean trustProxy) {

  /** A pasted sentence or a whole claim fits; a pasted page does not. */
  public static final int DEFAULT_MAX_QUERY_LENGTH = 1000;
  public static final int DEFAULT_MAX_QUERY_WORDS = 64;
  public static final int DEFAULT_MAX_DEPTH = 1000;
  public static final int DEFAULT_RATE = 50;
  public static final int DEFAULT_BURST = 200;
  public static final RequestLimits DEFAULTS = new RequestLimits(DEFAULT_MAX_QUERY_LENGTH, DEFAULT_MAX_QUERY_WORDS,
      DEFAULT_MAX_DEPTH, DEFAULT_RATE, DEFAULT_BURST, false);

  public RequestLimits {
    atLeast(1, maxQueryLength, "--max-query-length");
    atLeast(1, maxQueryWords, "--max-query-words");
    atLeast(SearchRequest.MAX_SIZE, maxDepth, "--max-page-depth");
    atLeast(0, ratePerSecond, "--rate-limit");
    atLeast(1, burst, "--rate-limit-burst");
  }

  private static void atLeast(int least, int value, String option) {
    if (value < least) {
      throw new IllegalArgumentException(option + " must be " + least + " or more, not " + value);
    }
  }

  boolean rateLimited() {
    return ratePerSecond > 0;
  }

  /** Refuses a search that asks too much; the message says which limit and how to stay within it. */
  void check(SearchRequest request) {
    checkText(request.query());
    long words = QuerySyntax.wordCount(request.query());
    if (words > maxQueryWords) {
      throw new InvalidRequestException(
          "q has " + words + " words; the limit is " + maxQueryWords + " (--max-query-words)");
    }
    if (request.depth() > maxDepth) {
      throw new InvalidRequestException("page " + request.page() + " of " + request.size() + " results reaches result "
          + request.depth() + "; the limit is " + maxDepth + " results deep (--max-page-depth)");
    }
  }

  /** Refuses query text longer than the limit. */
  void checkText(String query) {
    int length = query.codePointCount(0, query.length());
    if (length > maxQueryLength) {
      throw new InvalidRequestException(
          "q is " + length + " characters long; the limit is " + maxQueryLength + " (--max-query-length)");
    }
  }
}
