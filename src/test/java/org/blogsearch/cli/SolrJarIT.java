package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain jar and the add-on of {@code --engine solr}, run as users run them. */
class SolrJarIT {

  private static final String MISSING = "--engine solr needs the add-on blogsearch-solr.jar, which holds the"
      + " SolrCloud client: put it beside blogsearch.jar (it was not found)";
  /** Where no Solr listens: reaching it proves the engine was loaded, failing to fast. */
  private static final String NO_SOLR = "http://127.0.0.1:9/solr";

  @TempDir Path temp;

  @Test
  void thePlainJarHoldsNoSolrClientAndNamesTheAddOn() throws Exception {
    try (JarFile jar = new JarFile(Path.of("target", "blogsearch.jar").toFile())) {
      List<String> leaked = jar.stream().map(entry -> entry.getName())
          .filter(name -> name.startsWith("org/blogsearch/solr/") || name.startsWith("org/apache/solr/")
              || name.startsWith("org/apache/zookeeper/") || name.startsWith("org/apache/curator/")
              || name.startsWith("io/netty/") || name.startsWith("com/google/common/")
              || name.equals("META-INF/services/org.blogsearch.engine.ClusterProvider"))
          .limit(5).toList();
      assertEquals(List.of(), leaked);
      String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
      assertTrue(List.of(classPath.split(" ")).contains("blogsearch-solr.jar"), classPath);
    }
    try (JarFile addOn = new JarFile(Path.of("target", "blogsearch-solr.jar").toFile())) {
      assertNotNull(addOn.getEntry("org/blogsearch/solr/SolrClusterProvider.class"));
      assertNotNull(addOn.getEntry("org/blogsearch/solr/configset/schema.xml"));
      assertNotNull(addOn.getEntry("org/apache/solr/client/solrj/impl/CloudSolrClient.class"));
      String providers = new String(addOn.getInputStream(
          addOn.getEntry("META-INF/services/org.blogsearch.engine.ClusterProvider")).readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(providers.contains("org.blogsearch.solr.SolrClusterProvider"), providers);
      assertTrue(addOn.stream().noneMatch(entry -> !entry.isDirectory() && entry.getName().startsWith("org/blogsearch/")
          && !entry.getName().startsWith("org/blogsearch/solr/")), "only the Solr engine's own classes");
    }
  }

  @Test
  void withoutTheAddOnEngineSolrSaysWhatIsMissing() throws Exception {
    Path alone = Files.createDirectories(temp.resolve("alone"));
    Files.copy(Path.of("target", "blogsearch.jar"), alone.resolve("blogsearch.jar"));
    String fromOption = failure(alone, "search", "--engine", "solr", "--solr-url", NO_SOLR, "lucene");
    assertTrue(fromOption.contains(MISSING), fromOption);
    Path config = Files.write(temp.resolve("solr.toml"), List.of("engine = \"solr\"", "solr-url = \"" + NO_SOLR + "\""));
    String fromFile = failure(alone, "index", "--config", config.toString(), "--content", TestBlog.folder().toString());
    assertTrue(fromFile.contains(MISSING), fromFile);
    assertEquals(1, fromFile.lines().count(), "one sentence: " + fromFile);
    // The embedded engine needs nothing more.
    Process lucene = command(alone, "index", "--content", TestBlog.folder().toString(),
        "--index", temp.resolve("index").toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(lucene.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, lucene.waitFor(), err);
  }

  @Test
  void withTheAddOnBesideItTheSolrEngineRuns() throws Exception {
    Process run = PackagedJar.command("search", "--engine", "solr", "--solr-url", NO_SOLR, "lucene")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, run.waitFor(), err);
    assertTrue(err.contains("blogsearch: Solr at " + NO_SOLR + " failed"), err);
    assertFalse(err.contains(MISSING), err);
  }

  /** What the jar in {@code folder} says when it fails, as it must, with {@code args}. */
  private static String failure(Path folder, String... args) throws Exception {
    Process run = command(folder, args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, run.waitFor(), err);
    assertFalse(err.contains("\tat "), "no stack trace: " + err);
    return err;
  }

  private static ProcessBuilder command(Path folder, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", folder.resolve("blogsearch.jar").toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
