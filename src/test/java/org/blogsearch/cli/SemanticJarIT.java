package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain jar and the add-on of {@code --semantic}, run as users run them. */
class SemanticJarIT {

  @TempDir Path temp;

  @Test
  void thePlainJarIsSmallAndHoldsNoModel() throws Exception {
    Path jar = Path.of("target", "blogsearch.jar");
    // 21.9 MB: the SolrCloud client is the other add-on (SolrJarIT), so the bound holds again.
    assertTrue(Files.size(jar) < 30_000_000L, Files.size(jar) + " bytes");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertTrue(zip.stream().noneMatch(entry -> entry.getName().endsWith(".onnx") || entry.getName().endsWith(".so")
          || entry.getName().startsWith("org/blogsearch/semantic/minilm/")));
    }
  }

  @Test
  void withoutTheAddOnSemanticSaysWhatIsMissing() throws Exception {
    Path alone = Files.createDirectories(temp.resolve("alone"));
    Files.copy(Path.of("target", "blogsearch.jar"), alone.resolve("blogsearch.jar"));
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        alone.resolve("blogsearch.jar").toString(), "index", "--semantic", "--content", blog().toString(),
        "--index", temp.resolve("index").toString()).start();
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, run.waitFor(), err);
    assertTrue(err.contains("--semantic needs the add-on blogsearch-semantic.jar"), err);
  }

  @Test
  void withTheAddOnBesideItIndexesQuietlyAndWritesNothingToTheHome() throws Exception {
    Path home = Files.createDirectories(temp.resolve("home"));
    Path index = temp.resolve("index");
    ProcessBuilder command = PackagedJar.command("index", "--semantic", "--content", blog().toString(),
        "--index", index.toString());
    command.environment().put("HOME", home.toString());
    command.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
    Process run = command.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), err);
    List<String> noise = err.lines().filter(line -> line.contains("WARN") || line.contains("INFO")).toList();
    assertEquals(List.of(), noise);
    try (var written = Files.list(home)) {
      assertEquals(List.of(), written.toList());
    }
    assertFalse(Files.exists(temp.resolve("index-natives")), "the unpacked libraries are removed after the run");
  }

  private static Path blog() throws Exception {
    return Path.of(SemanticJarIT.class.getResource("/meaning-blog").toURI());
  }
}
