package org.blogsearch.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@code hugo} site generator on the PATH (Debian: {@code apt-get install hugo}). A test class that
 * {@code @ExtendWith(Hugo.class)} is skipped with a message where it is missing, unless
 * {@code BLOGSEARCH_REQUIRE_HUGO=1} (as CI sets it) makes that a failure.
 */
final class Hugo implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (executable().isPresent()) {
      return ConditionEvaluationResult.enabled("hugo is installed");
    }
    String message = "the Hugo integration test needs hugo on the PATH (Debian: apt-get install hugo)";
    if ("1".equals(System.getenv("BLOGSEARCH_REQUIRE_HUGO"))) {
      throw new IllegalStateException(message + ", and BLOGSEARCH_REQUIRE_HUGO=1 makes that a failure");
    }
    System.err.println(message + "; skipping it");
    return ConditionEvaluationResult.disabled(message + "; skipping it");
  }

  private static Optional<Path> executable() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, "hugo"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Builds the site in {@code source} into {@code destination}; fails with Hugo's output when it cannot. */
  static void build(Path source, Path destination) throws IOException, InterruptedException {
    Path log = source.resolve("hugo.log");
    Process hugo = new ProcessBuilder(executable().orElseThrow().toString(),
        "--source", source.toString(), "--destination", destination.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!hugo.waitFor(2, TimeUnit.MINUTES)) {
      hugo.destroyForcibly();
      throw new AssertionError("hugo still runs after two minutes:\n" + Files.readString(log));
    }
    assertEquals(0, hugo.exitValue(), () -> "hugo failed:\n" + readLog(log));
  }

  private static String readLog(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }
}
