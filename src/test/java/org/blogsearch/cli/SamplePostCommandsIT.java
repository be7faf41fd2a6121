package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell commands in the bundled sample posts ({@code content/}), run as a reader would paste them:
 * each post's fenced {@code sh}, {@code bash}, {@code shell} and {@code console} blocks, line by line,
 * through bash, in a folder holding a copy of {@code content/}, with the packaged jar. A {@code serve}
 * runs in the background until the post's last command, and {@code curl} asks it. A command that
 * exits with anything but 0 fails its post; {@code curl} is made to fail on an HTTP error as well.
 *
 * <p>Each post runs where a reader who followed the README stands: the bundled content indexed
 * ({@code blogsearch index}), and, when the post asks {@code http://127.0.0.1:7070} without starting a
 * server of its own, {@code blogsearch serve} running.
 */
class SamplePostCommandsIT {

  private static final Path CONTENT = Path.of("content");
  private static final Path JAR = Path.of("target", "blogsearch.jar").toAbsolutePath();
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
  private static final List<String> SHELLS = List.of("sh", "bash", "shell", "console");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Commands that cannot run here, found by a pattern, and why. */
  private static final Map<Pattern, String> CANNOT_RUN = Map.of(
      Pattern.compile("^mvn "), "builds the jar this test runs, which the build running it has just packaged",
      Pattern.compile("^hugo( |$)"), "needs the blog's Hugo site; HugoPartialTest builds one with the shipped partial",
      Pattern.compile("access\\.log"), "reads the access log of the post's nginx",
      Pattern.compile("https://example\\.com/"), "asks the post's own site through nginx, which is not installed here",
      Pattern.compile("--content _posts"), "needs a Jekyll site's _posts folder");

  @TempDir static Path folder;

  /** One copy of the bundled content, indexed once: no post changes the content, so they share it. */
  @BeforeAll
  static void indexTheBundledContent() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "package the jar first: " + JAR);
    copy(CONTENT, folder.resolve("content"));
    // curl --fail: an answer of 400 or 500 is an exit code, not a page of JSON that passes unread.
    Files.writeString(folder.resolve(".curlrc"), "fail\nsilent\nshow-error\n");
    run(local("java -jar target/blogsearch.jar index --content content", 7070), "the README's index run");
  }

  @TestFactory
  Stream<DynamicTest> everyShellCommandInTheSamplePostsRuns() throws IOException {
    List<Path> posts;
    try (Stream<Path> files = Files.walk(CONTENT)) {
      posts = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
    }
    List<Path> withCommands = posts.stream().filter(post -> !commands(post).isEmpty()).toList();
    assertFalse(withCommands.isEmpty(), "the sample posts show no shell commands any more");
    return withCommands.stream().map(post -> DynamicTest.dynamicTest(post.toString(), () -> runAll(post)));
  }

  /** The commands of a post's shell blocks: a console block's are its {@code $ } lines. */
  static List<String> commands(Path post) {
    List<String> commands = new ArrayList<>();
    String language = null;
    StringBuilder pending = new StringBuilder();
    for (String line : readLines(post)) {
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        language = language == null ? fence.group(1) : null;
        continue;
      }
      if (language == null || !SHELLS.contains(language)) {
        continue;
      }
      String command = line.strip();
      if (language.equals("console")) {
        if (pending.isEmpty() && !command.startsWith("$ ")) {
          continue;
        }
        command = pending.isEmpty() ? command.substring(2) : command;
      }
      if (command.isEmpty() || command.startsWith("#")) {
        continue;
      }
      if (command.endsWith("\\")) {
        pending.append(command, 0, command.length() - 1).append(' ');
        continue;
      }
      commands.add(pending + command);
      pending.setLength(0);
    }
    return commands;
  }

  private void runAll(Path post) throws Exception {
    int port = freePort();
    Process server = null;
    try {
      for (String written : commands(post)) {
        Optional<String> reason = CANNOT_RUN.entrySet().stream()
            .filter(entry -> entry.getKey().matcher(written).find()).map(Map.Entry::getValue).findFirst();
        if (reason.isPresent()) {
          System.err.println(post + ": not run here, it " + reason.get() + ": " + written);
          continue;
        }
        if (written.startsWith("curl") && !onPath("curl")) {
          if ("1".equals(System.getenv("BLOGSEARCH_REQUIRE_CURL"))) {
            throw new AssertionError("curl is not installed, and BLOGSEARCH_REQUIRE_CURL=1 makes that a failure");
          }
          System.err.println(post + ": curl is not installed; not run: " + written);
          continue;
        }
        String command = local(written, port);
        if (command.matches(".* -jar \\S+ serve( .*)?")) {
          assertEquals(null, server, post + " starts a second server: " + written);
          server = serve(command, port, written);
        } else {
          if (server == null && command.contains("127.0.0.1:" + port)) {
            server = serve(local("java -jar target/blogsearch.jar serve", port), port,
                "the README's serve, which " + post + " assumes");
          }
          run(command, written);
        }
      }
    } finally {
      if (server != null) {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
        server.destroyForcibly();
      }
    }
  }

  /**
   * The command with the places of a server the posts name mapped to this test's: the jar, a Java 21, the
   * content and index folders, and a free port for 7070 (which another program may hold).
   */
  private static String local(String command, int port) {
    Map<String, String> places = new LinkedHashMap<>();
    places.put("/usr/lib/jvm/temurin-21-jre-amd64/bin/java", java());
    places.put("/opt/blogsearch/blogsearch.jar", JAR.toString());
    places.put("target/blogsearch.jar", JAR.toString());
    places.put("/srv/blog/content", folder.resolve("content").toString());
    places.put("/var/lib/blogsearch/index", folder.resolve("index").toString());
    places.put("127.0.0.1:7070", "127.0.0.1:" + port);
    places.put("localhost:7070", "127.0.0.1:" + port);
    // One pass, so that a path put in is never mapped again.
    Pattern written = Pattern.compile(String.join("|", places.keySet().stream().map(Pattern::quote).toList()));
    return written.matcher(command).replaceAll(found -> Matcher.quoteReplacement(places.get(found.group())));
  }

  private static ProcessBuilder bash(String command, Path output) {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", "exec " + command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    // The java on the PATH is the one running the tests (21 or newer); HOME holds the .curlrc.
    builder.environment().put("PATH", Path.of(java()).getParent() + File.pathSeparator + System.getenv("PATH"));
    builder.environment().put("HOME", folder.toString());
    return builder;
  }

  private static void run(String command, String written) throws Exception {
    Path output = folder.resolve("output.txt");
    Process process = bash(command, output).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("still running after two minutes: " + written);
    }
    assertEquals(0, process.exitValue(), () -> "failed: " + written + "\nran as: " + command + "\n" + read(output));
  }

  /** Starts a serve command and waits until it answers its health check. */
  private static Process serve(String command, int port, String written) throws Exception {
    Path output = folder.resolve("server.txt");
    ProcessBuilder builder = bash(command, output);
    builder.environment().put("BLOGSEARCH_PORT", String.valueOf(port));
    Process server = builder.start();
    URI health = URI.create("http://127.0.0.1:" + port + "/healthz");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("the server stopped (exit " + server.exitValue() + "): " + written + "\n"
            + read(output));
      }
      try {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return server;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    server.destroyForcibly();
    throw new AssertionError("the server never answered /healthz: " + written);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, program)));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path output) {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      return "(its output is unreadable: " + e + ")";
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
