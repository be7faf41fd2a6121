package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar, run as users run it: {@code java -jar target/blogsearch.jar ...}. */
final class PackagedJar {

  private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  private PackagedJar() {}

  /** A process running the jar with {@code args}, on the JDK that runs the tests. */
  static ProcessBuilder command(String... args) {
    Path jar = Path.of("target", "blogsearch.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "package the jar first: " + jar);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Reads the server's output into {@code output} until it says on which port it listens. */
  static int awaitPort(Process server, List<String> output) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      output.add(line);
      OptionalInt port = listeningPort(line);
      if (port.isPresent()) {
        return port.getAsInt();
      }
    }
    throw new AssertionError("the server never said where it listens:\n" + String.join("\n", output));
  }

  /** The port a line of the server's output says it listens on, if it says so. */
  static OptionalInt listeningPort(String line) {
    Matcher m = LISTENING.matcher(line);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
