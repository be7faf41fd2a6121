package org.blogsearch.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.blogsearch.index.TestBlog;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.web.WebOptions;
import org.blogsearch.web.WebServer;

/**
 * The gardening blog under {@code src/test/resources/widget-blog}, indexed and served by the real server,
 * and its API asked directly, as the oracle for what the widget should show.
 */
final class WidgetBlog implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchEngine engine;
  private final List<WebServer> servers = new ArrayList<>();

  WidgetBlog(Path indexDir) throws IOException {
    TestBlog.indexer(folder(), indexDir).index(true);
    engine = LuceneSearchEngine.open(indexDir);
  }

  private static Path folder() {
    try {
      return Path.of(WidgetBlog.class.getResource("/widget-blog").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts one more server over the blog; its origin, such as {@code http://127.0.0.1:41234}. */
  String serve(List<String> corsOrigins) {
    WebServer server = WebServer.start(engine, new WebOptions("127.0.0.1", 0, corsOrigins));
    servers.add(server);
    return "http://127.0.0.1:" + server.port();
  }

  /** What the first server answers to {@code /api/search?parameters}. */
  JsonNode search(String parameters) throws IOException, InterruptedException {
    URI uri = URI.create(origin() + "/api/search?" + parameters);
    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  /** The URLs of the posts answered to {@code /api/search?parameters}, in order. */
  List<String> urls(String parameters) throws IOException, InterruptedException {
    List<String> urls = new ArrayList<>();
    search(parameters).get("hits").forEach(hit -> urls.add(hit.get("url").asText()));
    return urls;
  }

  String origin() {
    return "http://127.0.0.1:" + servers.getFirst().port();
  }

  @Override
  public void close() throws IOException {
    servers.forEach(WebServer::close);
    engine.close();
  }
}
