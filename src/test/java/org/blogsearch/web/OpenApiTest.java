package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /openapi.json} is a valid OpenAPI 3.1 document, and tells the truth: the live answers of
 * every route, errors included, have a status the document lists for that route and a body its schema
 * accepts.
 */
class OpenApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final String DOCUMENT = "classpath:web/openapi.json";

  @TempDir static Path temp;
  private static ServedTestBlog blog;
  private static WebServer failing;
  private static JsonNode document;

  @BeforeAll
  static void serve() throws IOException {
    // Behind a proxy, so that a client named by X-Forwarded-For is rate limited (this machine never is).
    blog = ServedTestBlog.start(temp.resolve("index"), new WebOptions("127.0.0.1", 0, List.of(),
        new RequestLimits(200, 20, 1000, 1, 2, true)));
    failing = WebServer.start(new StandInEngine() {
      @Override
      public SearchResults search(SearchRequest request) {
        throw new SearchTimeoutException(Duration.ofMillis(2000));
      }

      @Override
      public IndexStatus status() throws IOException {
        throw new IOException("the index folder is gone");
      }
    }, WebOptions.of("127.0.0.1", 0));
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/web/openapi.json")) {
      document = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    blog.close();
    failing.close();
  }

  @Test
  void theDocumentIsValidOpenApi31() throws Exception {
    HttpResponse<String> served = Http.get(blog.server, "/openapi.json");
    assertEquals(200, served.statusCode());
    assertEquals(document, Http.json(served), "the document served is the one in the jar");
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body());
    assertEquals(List.of(), parsed.getMessages());
    assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
    // Every schema is a valid JSON Schema 2020-12, which OpenAPI 3.1 schemas are.
    Schema metaSchema = SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (var schema : document.get("components").get("schemas").properties()) {
      assertEquals(List.of(), metaSchema.validate(schema.getValue().toString(), InputFormat.JSON), schema.getKey());
    }
  }

  @Test
  void everyRouteOfTheServerIsDescribed() {
    Set<String> documented = new TreeSet<>();
    document.get("paths").properties().forEach(path -> documented.add(path.getKey()));
    assertEquals(new TreeSet<>(List.of("/", "/api/posts/{slug}/related", "/api/search", "/api/suggest", "/api/tags",
        "/demo.js", "/healthz", "/metrics", "/openapi.json", "/widget.js")), documented);
  }

  @Test
  void successfulAnswersMatchTheDocument() throws Exception {
    conforms("/api/search", get("/api/search?q=lucene&tag=java&from=2018&to=2024-12&sort=date&page=1&size=5"));
    conforms("/api/search", get("/api/search?q=lucine"));
    conforms("/api/search", get("/api/search"));
    conforms("/api/suggest", get("/api/suggest?q=luc&size=3"));
    conforms("/api/tags", get("/api/tags"));
    conforms("/api/posts/{slug}/related", get("/api/posts/gsoc-2018/related?size=2"));
    conforms("/healthz", get("/healthz"));
    conforms("/metrics", get("/metrics"));
    conforms("/openapi.json", get("/openapi.json"));
    conforms("/widget.js", get("/widget.js"));
    conforms("/", get("/"));
    conforms("/demo.js", get("/demo.js"));
    String etag = get("/widget.js").headers().firstValue("ETag").orElseThrow();
    conforms("/widget.js", Http.get(blog.server, "/widget.js", "If-None-Match", etag));
  }

  @Test
  void errorAnswersMatchTheDocument() throws Exception {
    for (String bad : List.of("from=2018-13", "sort=newest", "size=0", "size=51", "page=x", "page=2000",
        "q=" + "w".repeat(201))) {
      HttpResponse<String> answer = get("/api/search?" + bad);
      assertEquals(400, answer.statusCode(), bad);
      conforms("/api/search", answer);
    }
    conforms("/api/suggest", expect(400, get("/api/suggest?q=a&size=21")));
    conforms("/api/posts/{slug}/related", expect(404, get("/api/posts/no-such-post/related")));
    conforms("/api/posts/{slug}/related", expect(400, get("/api/posts/gsoc-2018/related?size=99")));
    conforms("/api/search", expect(414, raw("GET /api/search?q=" + "x".repeat(20_000) + " HTTP/1.1")));
    conforms("/api/tags", expect(431, raw("GET /api/tags HTTP/1.1\r\nX-Big: " + "y".repeat(20_000))));
    conforms("/api/search", expect(400, raw("GET /api/search?q=100%zz HTTP/1.1")));
    conforms("/api/search", expect(400, raw("GET /api/%zz%00 HTTP/1.1")));
    HttpResponse<String> limited = null;
    for (int i = 0; i < 4 && (limited == null || limited.statusCode() != 429); i++) {
      limited = Http.get(blog.server, "/api/tags", "X-Forwarded-For", "203.0.113.9");
    }
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    conforms("/api/tags", expect(429, limited));
    conforms("/api/search", expect(503, Http.get(failing, "/api/search?q=slow")));
    conforms("/api/tags", expect(500, Http.get(failing, "/api/tags")));
    conforms("/healthz", expect(503, Http.get(failing, "/healthz")));
    assertEquals(404, get("/no-such-page").statusCode());
    assertEquals("no such page: /no-such-page", Http.error(get("/no-such-page")));
  }

  /** What a route answered. */
  private record Answer(int status, String contentType, String body) {
    static Answer of(HttpResponse<String> response) {
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    }
  }

  private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return Http.get(blog.server, pathAndQuery);
  }

  private static Answer expect(int status, HttpResponse<String> response) {
    return expect(status, Answer.of(response));
  }

  private static Answer expect(int status, Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    return answer;
  }

  private static void conforms(String route, HttpResponse<String> response) throws IOException {
    conforms(route, Answer.of(response));
  }

  /** Checks one answer against what the document says {@code route} answers with its status. */
  private static void conforms(String route, Answer answer) throws IOException {
    String status = Integer.toString(answer.status());
    JsonNode operation = document.at("/paths/" + escape(route) + "/get");
    assertTrue(operation.isObject(), route + " is not in the document");
    String pointer = "/paths/" + escape(route) + "/get/responses/" + status;
    JsonNode response = document.at(pointer);
    assertTrue(response.isObject(), route + " answered " + status + ", which the document does not list: "
        + answer.body());
    if (response.has("$ref")) {
      pointer = response.get("$ref").asText().substring(1);
      response = document.at(pointer);
    }
    String contentType = answer.contentType();
    JsonNode content = response.get("content");
    if (content == null) {
      assertEquals("", answer.body(), route + " " + status + " has no body");
      return;
    }
    String mediaType = content.fieldNames().next();
    assertTrue(contentType.startsWith(mediaType), route + " " + status + ": " + contentType + ", not " + mediaType);
    if (mediaType.equals("application/json")) {
      Schema schema = SCHEMAS.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer + "/content/"
          + escape(mediaType) + "/schema"));
      assertEquals(List.of(), schema.validate(answer.body(), InputFormat.JSON),
          route + " " + status + ": " + answer.body());
    }
  }

  private static String escape(String pointerPart) {
    return pointerPart.replace("~", "~0").replace("/", "~1");
  }

  /** An answer Jetty makes before any route: sent raw, as no HTTP client would send it. */
  private static Answer raw(String requestLine) throws IOException {
    String answer;
    try (Socket socket = new Socket("127.0.0.1", blog.port())) {
      socket.getOutputStream().write((requestLine + "\r\nHost: a\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    int headEnd = answer.indexOf("\r\n\r\n");
    assertTrue(headEnd > 0, answer);
    String head = answer.substring(0, headEnd);
    String contentType = head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
        .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
    return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, answer.substring(headEnd + 4));
  }
}
