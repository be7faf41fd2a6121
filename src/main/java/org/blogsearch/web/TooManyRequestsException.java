package org.blogsearch.web;

/** A client over its rate limit; answered with a 429 and how many seconds to wait. */
final class TooManyRequestsException extends RuntimeException {

  private final long retryAfterSeconds;

  TooManyRequestsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
