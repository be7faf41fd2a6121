package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.blogsearch.index.TestBlog;
import org.blogsearch.search.SnippetMarkup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any query string on {@code /api/search} and {@code /api/suggest} of the real server over the test
 * blog, sent as raw HTTP so that it may be anything a client can send: the answer is 200 or 400, JSON
 * with the security headers; a search offers only published posts with safe snippets, a suggestion no
 * word that only withheld posts hold.
 */
class SearchApiFuzzTest {

  private static final List<String> PARAMETERS = List.of("q", "tag", "from", "to", "sort", "page", "size");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path indexDir;
  private static ServedTestBlog blog;

  @BeforeAll
  static void serveTheTestBlog() throws IOException {
    // No rate limit: the fuzzer asks thousands of times a second.
    RequestLimits limits = new RequestLimits(RequestLimits.DEFAULT_MAX_QUERY_LENGTH, RequestLimits.DEFAULT_MAX_QUERY_WORDS,
        RequestLimits.DEFAULT_MAX_DEPTH, 0, 1, false);
    blog = ServedTestBlog.start(indexDir, new WebOptions("127.0.0.1", 0, List.of(), limits));
  }

  @AfterAll
  static void stop() throws IOException {
    blog.close();
  }

  @FuzzTest(maxDuration = "15s")
  @DictionaryEntries({"openwhisk", "lucene", "zeppelin", "disc", "java", "title:", "tag:", "date:[", " TO ", "]",
      "\"", "OR", "-", "2018", "2021-06", "2019-02-29", "relevance", "date", "50", "0", "%", "%2", "%G1", "&", "="})
  void anyQueryStringAnswers200Or400InJson(FuzzedDataProvider data) throws IOException {
    String route = data.consumeBoolean() ? "/api/search" : "/api/suggest";
    StringBuilder query = new StringBuilder();
    for (int i = data.consumeInt(0, 5); i > 0; i--) {
      String name = data.consumeBoolean() ? data.pickValue(PARAMETERS) : data.consumeString(6);
      String value = data.consumeString(80);
      query.append(query.isEmpty() ? "" : "&").append(encoded(name, data.consumeBoolean()))
          .append('=').append(encoded(value, data.consumeBoolean()));
    }
    String target = route + (query.isEmpty() ? "" : "?" + query);
    Answer answer = get(target);

    assertTrue(answer.status() == 200 || answer.status() == 400, () -> answer + "\nfor " + target);
    assertTrue(answer.header("content-type").startsWith("application/json"), () -> answer + "\nfor " + target);
    assertEquals("nosniff", answer.header("x-content-type-options"), () -> answer + "\nfor " + target);
    JsonNode body = JSON.readTree(answer.body());
    if (answer.status() == 400) {
      assertFalse(body.path("error").asText().isBlank(), () -> answer + "\nfor " + target);
    } else if (route.equals("/api/search")) {
      for (JsonNode hit : body.get("hits")) {
        assertFalse(TestBlog.WITHHELD_SLUGS.contains(hit.get("slug").asText()), () -> answer + "\nfor " + target);
        SnippetMarkup.assertOnlyMarks(hit.get("snippet").asText());
      }
    } else {
      // A suggestion repeats what was typed: a withheld word typed in full is the reader's, not a leak.
      String typed = body.path("query").asText().toLowerCase(Locale.ROOT);
      for (JsonNode suggestion : body.get("suggestions")) {
        String text = suggestion.asText().toLowerCase(Locale.ROOT);
        assertTrue(TestBlog.WITHHELD_WORDS.stream().filter(word -> !typed.contains(word)).noneMatch(text::contains),
            () -> answer + "\nfor " + target);
      }
    }
  }

  /**
   * {@code text} as a client writes it into a query string: URL-encoded, or as typed, with only what
   * would end the request line or the parameter encoded, so that stray {@code %} signs reach the server.
   */
  private static String encoded(String text, boolean asTyped) {
    if (!asTyped) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      boolean plain = c > ' ' && c < 0x7f && c != '#' && c != '&' && c != '=';
      out.append(plain ? String.valueOf(c) : URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return "";
    }
  }

  /** One request on a connection of its own, read to its end. */
  private static Answer get(String target) throws IOException {
    // Jazzer reports any network connection as a finding unless it is allowed.
    try (SilentCloseable local = BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1"));
        Socket socket = new Socket("127.0.0.1", blog.port())) {
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = response.substring(0, end);
      String body = response.substring(end + 4);
      Answer answer = new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
      return answer.header("transfer-encoding").equals("chunked") ? new Answer(answer.status(), head, unchunked(body))
          : answer;
    }
  }

  private static String unchunked(String chunked) throws IOException {
    InputStream in = new java.io.ByteArrayInputStream(chunked.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        size.append((char) c);
      }
      int length = Integer.parseInt(size.toString().strip(), 16);
      if (length == 0) {
        return body.toString(StandardCharsets.UTF_8);
      }
      body.write(in.readNBytes(length));
      in.skipNBytes(2);
    }
  }
}
