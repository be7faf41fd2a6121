package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.blogsearch.analytics.QueryLog;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.engine.Sites;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.LuceneSearchEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two blogs on one server: what a reader of one sees never comes from the other. */
class ManySitesTest {

  @TempDir static Path temp;
  private static Sites sites;
  private static WebServer server;

  @BeforeAll
  static void serveTwoBlogs() throws IOException {
    Path alpha = temp.resolve("alpha");
    post(alpha, "kafka-streams", "Kafka streams in practice", "kafka,java", "Stateful kafka consumers, joined.");
    post(alpha, "records", "Java records", "java", "Records carry data; kafka mentioned once.");
    post(alpha, "plans", "Secret zeppelin plans", "java", "A zeppelin draft.\n", "draft = true");
    Path beta = temp.resolve("beta");
    post(beta, "kafka-k8s", "Kafka on Kubernetes", "kafka,ops", "Operators run kafka brokers; zucchini.");
    post(beta, "soup", "Zucchini soup", "food", "Zucchini, zeppelin-shaped, and kafka-free.");
    for (String site : List.of("alpha", "beta")) {
      new PostIndexer(new ContentFolder(temp.resolve(site), ContentOptions.defaults()), temp.resolve("index/" + site),
          ContentOptions.defaults().fingerprint()).index(true);
    }
    sites = Sites.named(List.of("alpha", "beta"), name -> LuceneSearchEngine.open(temp.resolve("index/" + name)), 1);
    server = WebServer.start(sites, new WebOptions("127.0.0.1", 0, List.of(), RequestLimits.DEFAULTS,
        Map.of("alpha", List.of("https://alpha.example"))), QueryLog.OFF);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    sites.close();
  }

  private static void post(Path folder, String slug, String title, String tags, String body, String... extra)
      throws IOException {
    Files.createDirectories(folder);
    List<String> lines = new ArrayList<>(List.of("+++", "title = \"" + title + "\"", "date = 2024-01-02",
        "tags = [" + String.join(",", tags.split(",")).replaceAll("([a-z]+)", "\"$1\"") + "]"));
    lines.addAll(List.of(extra));
    lines.addAll(List.of("+++", body));
    Files.write(folder.resolve(slug + ".md"), lines);
  }

  private static JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> response = Http.get(server, pathAndQuery);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }

  private static List<String> slugs(JsonNode answer) {
    List<String> slugs = new ArrayList<>();
    answer.get("hits").forEach(hit -> slugs.add(hit.get("slug").asText()));
    return slugs;
  }

  private static List<String> values(JsonNode counts) {
    List<String> values = new ArrayList<>();
    counts.forEach(count -> values.add(count.get("value").asText()));
    return values;
  }

  @Test
  void searchFindsAndCountsOnlyTheNamedSitesPosts() throws Exception {
    JsonNode alpha = get("/api/search?site=alpha&q=kafka");
    assertEquals(List.of("kafka-streams", "records"), slugs(alpha));
    assertEquals(2, alpha.get("total").asInt());
    assertEquals(List.of("java", "kafka"), values(alpha.get("facets").get("tags")).stream().sorted().toList());
    JsonNode beta = get("/api/search?site=beta&q=kafka");
    assertEquals(List.of("kafka-k8s", "soup"), slugs(beta).stream().sorted().toList());
    assertTrue(values(beta.get("facets").get("tags")).contains("ops"));
  }

  @Test
  void anotherSitesWordsAreNeitherFoundNorSuggested() throws Exception {
    JsonNode answer = get("/api/search?site=alpha&q=zucchini");
    assertEquals(0, answer.get("total").asInt());
    assertFalse(answer.toString().contains("soup"), answer.toString());
    JsonNode suggestions = get("/api/suggest?site=alpha&q=zucc");
    assertFalse(suggestions.toString().toLowerCase().contains("zucchini"), suggestions.toString());
    assertTrue(get("/api/suggest?site=beta&q=zucc").toString().toLowerCase().contains("zucchini"));
  }

  @Test
  void draftsStayHiddenAndTagsAreTheSitesOwn() throws Exception {
    assertEquals(0, get("/api/search?site=alpha&q=zeppelin").get("total").asInt());
    assertEquals(List.of("soup"), slugs(get("/api/search?site=beta&q=zeppelin")));
    assertFalse(values(get("/api/tags?site=alpha").get("tags")).contains("food"));
    assertEquals(2, get("/api/search?site=alpha&q=").get("total").asInt());
  }

  @Test
  void relatedPostsComeFromTheSameSite() throws Exception {
    HttpResponse<String> elsewhere = Http.get(server, "/api/posts/kafka-k8s/related?site=alpha");
    assertEquals(404, elsewhere.statusCode());
    assertTrue(Http.error(elsewhere).contains("no published post has the slug 'kafka-k8s'"), elsewhere.body());
    JsonNode related = get("/api/posts/kafka-k8s/related?site=beta");
    assertEquals(List.of("soup"), slugs(related));
  }

  @Test
  void aRequestMustNameAKnownSite() throws Exception {
    HttpResponse<String> missing = Http.get(server, "/api/search?q=kafka");
    assertEquals(400, missing.statusCode());
    assertTrue(Http.error(missing).contains("site is required"), missing.body());
    HttpResponse<String> unknown = Http.get(server, "/api/search?q=kafka&site=gamma");
    assertEquals(404, unknown.statusCode());
    assertTrue(Http.error(unknown).contains("no blog named 'gamma'"), unknown.body());
  }

  @Test
  void healthCountsSitesOrReportsTheOneNamed() throws Exception {
    assertEquals(2, get("/healthz").get("sites").asInt());
    assertEquals(2, get("/healthz?site=alpha").get("posts").asInt());
    assertEquals(2, get("/healthz?site=beta").get("posts").asInt());
  }

  @Test
  void eachSiteLetsItsOwnOriginsRead() throws Exception {
    HttpResponse<String> alpha = Http.get(server, "/api/search?site=alpha&q=kafka", "Origin", "https://alpha.example");
    assertEquals("https://alpha.example", alpha.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> other = Http.get(server, "/api/search?site=alpha&q=kafka", "Origin", "https://beta.example");
    assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    HttpResponse<String> beta = Http.get(server, "/api/search?site=beta&q=kafka", "Origin", "https://beta.example");
    assertEquals("*", beta.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
  }
}
