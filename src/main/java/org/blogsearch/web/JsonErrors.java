package org.blogsearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty makes itself, before a request reaches a route (an address too long or not
 * valid, headers too large, an HTTP version it does not speak, a server that is stopping): JSON
 * {@code {"error": ...}} with the security headers, like every other answer, instead of Jetty's
 * HTML page.
 */
final class JsonErrors extends ErrorHandler {

  /** What a request that comes while the server stops is told. */
  static final String STOPPING = "the server is stopping or busy; try again in a moment";
  private static final String JSON = "application/json; charset=utf-8";
  private static final Map<Integer, String> SENTENCES = Map.of(
      HttpStatus.BAD_REQUEST_400, "the request is not valid HTTP, or its address is not valid",
      HttpStatus.URI_TOO_LONG_414, "the request's address is too long",
      HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431, "the request's headers are too large",
      HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505, "the server speaks HTTP/1.0, HTTP/1.1 and HTTP/2 only",
      HttpStatus.SERVICE_UNAVAILABLE_503, STOPPING);

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, JSON);
    securityHeaders(headers);
    response.write(true, body(code, message), callback);
  }

  private static void securityHeaders(HttpFields.Mutable headers) {
    headers.put(new HttpField(SecurityHeaders.CONTENT_TYPE_OPTIONS, SecurityHeaders.NO_SNIFF));
    headers.put(new HttpField(SecurityHeaders.REFERRER_POLICY, SecurityHeaders.REFERRER));
  }

  private static ByteBuffer body(int status, String reason) {
    String sentence = SENTENCES.getOrDefault(status, reason == null || reason.isBlank()
        ? HttpStatus.getMessage(status) : reason);
    try {
      return ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(new ApiError(sentence)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own records always serialize", e);
    }
  }
}
