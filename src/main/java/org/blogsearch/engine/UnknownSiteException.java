package org.blogsearch.engine;

/** A request named a blog this service does not answer for; the message says which. */
public final class UnknownSiteException extends RuntimeException {

  public UnknownSiteException(String message) {
    super(message);
  }
}
