package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution {@code mvn -Pdist package} builds, used as its users use it: the tarball unpacked and
 * run, the Debian package installed with dpkg, run as its service runs, removed and purged. Skipped when
 * the distribution was not built or, for the package, when this is not a root on a Debian-like system;
 * {@code BLOGSEARCH_REQUIRE_PACKAGE=1} (as CI sets it) makes that a failure.
 */
class DistributionIT {

  private static final String VERSION = System.getProperty("blogsearch.pom.version");
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path INSTALLED = Path.of("/usr/bin/blogsearch");
  private static final Path SETTINGS = Path.of("/etc/blogsearch/blogsearch.toml");
  private static final Path STATE = Path.of("/var/lib/blogsearch");
  private static final List<Path> PACKAGE_FILES = List.of(INSTALLED, Path.of("/usr/lib/blogsearch"),
      Path.of("/lib/systemd/system/blogsearch.service"));

  @TempDir Path temp;

  /** What one command printed, both streams together, and its exit code. */
  private record Run(int exitCode, String output) {}

  private static Run run(ProcessBuilder command) throws IOException, InterruptedException {
    Process process = command.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "still running: " + command.command());
    return new Run(process.exitValue(), output);
  }

  private static Run run(String... command) throws IOException, InterruptedException {
    return run(new ProcessBuilder(command));
  }

  private static Run succeed(String... command) throws IOException, InterruptedException {
    Run run = run(command);
    assertEquals(0, run.exitCode(), String.join(" ", command) + ":\n" + run.output());
    return run;
  }

  private static void skipUnless(boolean condition, String why) {
    if (!condition && "1".equals(System.getenv("BLOGSEARCH_REQUIRE_PACKAGE"))) {
      throw new AssertionError(why + ", and BLOGSEARCH_REQUIRE_PACKAGE=1 makes that a failure");
    }
    Assumptions.assumeTrue(condition, why + "; skipping");
  }

  @Test
  void tarballRunsEveryCommandOnItsOwnJava() throws Exception {
    Path tarball = TARGET.resolve("blogsearch-" + VERSION + "-linux-x64.tar.gz");
    skipUnless(Files.isRegularFile(tarball), "no " + tarball.getFileName() + " (mvn -Pdist package builds it)");
    succeed("tar", "-xzf", tarball.toString(), "-C", temp.toString());
    String command = temp.resolve("blogsearch-" + VERSION).resolve("bin/blogsearch").toString();
    String index = temp.resolve("index").toString();
    String content = TestBlog.folder().toString();

    assertEquals("blogsearch " + VERSION, succeed(command, "--version").output().strip());
    assertTrue(succeed(command, "index", "--content", content, "--index", index).output()
        .contains("7 posts in the index"));
    assertTrue(succeed(command, "search", "openwhisk", "--index", index).output().contains("/gsoc-2018/"));
    assertTrue(run(command, "check", "--content", content).output().contains("posts/broken.md:3: "));
    try (ServerProcess server = ServerProcess.start(
        new ProcessBuilder(command, "serve", "--port", "0", "--content", content, "--index", index))) {
      assertTrue(server.get("/api/search?q=openwhisk").body().contains("\"slug\":\"gsoc-2018\""));
      assertTrue(server.get("/healthz").body().contains("\"version\":\"" + VERSION + "\""));
      assertEquals(200, server.get("/metrics").statusCode());
      server.terminate();
      assertEquals(0, server.awaitExit(Duration.ofSeconds(30)), server.output());
    }
    assertTrue(succeed(command, "stats", "--index", index).output().contains("openwhisk"));
    solrAddOnRunsOnTheShippedJava(command);
  }

  /**
   * The SolrCloud add-on lies beside the jar and its client runs on the trimmed runtime: through a node's
   * URL (the JDK's HTTP client) and through ZooKeeper (whose client wants SASL, JNDI and GSS-API), each
   * reaching where no cluster listens and saying so, rather than that the add-on or a module is missing.
   */
  private void solrAddOnRunsOnTheShippedJava(String command) throws Exception {
    Run url = run(command, "search", "--engine", "solr", "--solr-url", "http://127.0.0.1:9/solr", "lucene");
    assertEquals(1, url.exitCode(), url.output());
    assertTrue(url.output().contains("blogsearch: Solr at http://127.0.0.1:9/solr failed"), url.output());
    Run zk = run(command, "search", "--engine", "solr", "--solr-zk", "127.0.0.1:9", "lucene");
    assertEquals(1, zk.exitCode(), zk.output());
    assertTrue(zk.output().contains("blogsearch: Solr at ZooKeeper 127.0.0.1:9 failed"), zk.output());
    assertFalse(zk.output().contains("NoClassDefFoundError"), zk.output());
  }

  @Test
  void debianPackageInstallsRunsAsItsServiceAndLeavesNothingOnPurge() throws Exception {
    Path deb = TARGET.resolve("blogsearch_" + VERSION + "_amd64.deb");
    skipUnless(Files.isRegularFile(deb), "no " + deb.getFileName() + " (mvn -Pdist package builds it)");
    skipUnless("root".equals(System.getProperty("user.name")), "installing the package needs root");
    skipUnless(run("dpkg", "--version").exitCode() == 0, "installing the package needs dpkg");
    skipUnless(run("dpkg", "-s", "blogsearch").exitCode() != 0, "blogsearch is installed already on this machine");
    try {
      succeed("dpkg", "-i", deb.toString());
      installedPackageServesAsItsUser();

      succeed("dpkg", "-r", "blogsearch");
      for (Path file : PACKAGE_FILES) {
        assertFalse(Files.exists(file), "removing leaves " + file);
      }
      assertTrue(Files.isRegularFile(SETTINGS), "removing keeps the settings");
      assertTrue(succeed("dpkg", "-s", "blogsearch").output().contains("deinstall ok config-files"));

      succeed("dpkg", "--purge", "blogsearch");
      for (Path file : List.of(SETTINGS.getParent(), STATE)) {
        assertFalse(Files.exists(file), "purging leaves " + file);
      }
      assertEquals(2, run("getent", "passwd", "blogsearch").exitCode(), "purging removes the user");
      assertEquals(2, run("getent", "group", "blogsearch").exitCode(), "purging removes the group");
      assertTrue(run("dpkg", "-s", "blogsearch").exitCode() != 0, "purged");
    } finally {
      run("dpkg", "--purge", "blogsearch");
    }
  }

  /** Indexes a blog and answers a search over HTTP, as the user and with the settings of the service. */
  private void installedPackageServesAsItsUser() throws Exception {
    assertEquals("blogsearch " + VERSION, succeed(INSTALLED.toString(), "--version").output().strip());
    assertTrue(succeed("getent", "passwd", "blogsearch").output().strip().endsWith(":/var/lib/blogsearch:/usr/sbin/nologin"));
    assertEquals("blogsearch", Files.getOwner(STATE).getName());
    Path content = STATE.resolve("content");
    succeed("cp", "-r", TestBlog.folder().toString(), content.toString());
    succeed("chown", "-R", "blogsearch:blogsearch", content.toString());

    // setpriv runs the command in its own place, so a signal reaches the server as from systemd.
    List<String> asService = List.of("setpriv", "--reuid=blogsearch", "--regid=blogsearch", "--init-groups",
        "env", "BLOGSEARCH_CONFIG=" + SETTINGS, INSTALLED.toString());
    Run indexed = run(command(asService, "index", "--content", content.toString()));
    assertEquals(0, indexed.exitCode(), indexed.output());
    assertTrue(indexed.output().contains("7 posts in the index"), indexed.output());
    assertTrue(Files.isDirectory(STATE.resolve("index")), "the index is where the settings put it");
    try (ServerProcess server = ServerProcess.start(command(asService, "serve", "--port", "0",
        "--content", content.toString()))) {
      assertTrue(server.get("/api/search?q=openwhisk").body().contains("\"slug\":\"gsoc-2018\""));
      assertTrue(server.get("/healthz").body().contains("\"version\":\"" + VERSION + "\""));
      server.terminate();
      assertEquals(0, server.awaitExit(Duration.ofSeconds(30)), server.output());
    }
  }

  private static ProcessBuilder command(List<String> prefix, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(STATE.toFile());
  }
}
