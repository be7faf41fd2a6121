package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code java -jar target/blogsearch.jar} on a Java too old for it, and on the Java that builds it. */
class LauncherIT {

  private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

  /** What one run printed, both streams together, and its exit code. */
  private record Run(int exitCode, String output) {}

  private static Run run(ProcessBuilder command) throws IOException, InterruptedException {
    Process process = command.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), output);
  }

  @Test
  void javaOlderThan21SaysWhichJavaItFoundInOneSentenceAndExits1() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(JAVA_17), "no Java 17 at " + JAVA_17);
    for (String command : List.of("--version", "serve", "index")) {
      ProcessBuilder onJava17 = PackagedJar.command(command);
      List<String> line = new ArrayList<>(onJava17.command());
      line.set(0, JAVA_17.toString());
      Run run = run(onJava17.command(line));
      assertEquals(1, run.exitCode(), run.output());
      assertEquals(1, run.output().strip().lines().count(), "one sentence:\n" + run.output());
      assertTrue(run.output().startsWith("blogsearch needs Java 21 or newer but was started by Java 17 "), run.output());
      assertTrue(run.output().contains("install Java 21 or newer"), run.output());
    }
  }

  @Test
  void theJarsVersionIsThePomsVersion() throws Exception {
    Run run = run(PackagedJar.command("--version"));
    assertEquals(0, run.exitCode(), run.output());
    assertEquals("blogsearch " + System.getProperty("blogsearch.pom.version"), run.output().strip());
  }
}
