package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a server under test, as a browser or a script would send them. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  static HttpResponse<String> get(WebServer server, String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET to another port of the server under test, such as the one of its metrics. */
  static HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    return JSON.readTree(response.body());
  }

  static String error(HttpResponse<String> response) throws IOException {
    return json(response).get("error").asText();
  }
}
