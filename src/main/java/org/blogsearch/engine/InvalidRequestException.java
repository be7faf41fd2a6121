package org.blogsearch.engine;

/** A search request that cannot be answered as asked; the message says what to change. */
public final class InvalidRequestException extends IllegalArgumentException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
