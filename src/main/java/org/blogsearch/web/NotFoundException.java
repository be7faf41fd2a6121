package org.blogsearch.web;

/** A request for something that does not exist, such as an unknown post; answered with a 404. */
final class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
