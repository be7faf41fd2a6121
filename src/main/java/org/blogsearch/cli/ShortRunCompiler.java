package org.blogsearch.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a short index or check run from paying for the JIT's optimizing compiler. On a small
 * machine, a run of a few thousand posts is over before C2's compilations pay back the core they
 * take from the reading threads: with C1 alone, the six sample blogs index in about 15 % less wall
 * time, and chrome-developers is checked in 10 % less. Past
 * {@link #MAX_FILES} files a run lasts long enough for C2 to win, so it is left on; under
 * {@link #MIN_FILES} files C2 hardly starts, and setting up the switch would cost more than it saves.
 *
 * <p>{@code java -jar} carries no JVM flags, so the switch is a compiler directive added at run time
 * through the management server, the one {@code jcmd Compiler.directives_add} adds.
 */
final class ShortRunCompiler {

  /** Measured: C1 alone wins at 3,000 files (4.4 s against 4.9 s) and loses at 17,000 (20 s against 16 s). */
  static final int MAX_FILES = 5_000;
  static final int MIN_FILES = 200;

  private static final Logger LOG = LoggerFactory.getLogger(ShortRunCompiler.class);
  private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private ShortRunCompiler() {}

  /**
   * Turns the optimizing compiler off for a run of {@code files} files if it is short, on a thread of
   * its own: the management server takes about 130 ms to start, which the run does not wait for.
   */
  static void forRunOf(int files) {
    if (files >= MIN_FILES && files <= MAX_FILES) {
      Thread.ofPlatform().daemon().name("blogsearch-compiler-switch").start(ShortRunCompiler::excludeC2);
    }
  }

  private static void excludeC2() {
    try {
      Path directives = Files.createTempFile("blogsearch-jit", ".json");
      try {
        Files.writeString(directives, NO_C2, StandardCharsets.UTF_8);
        ManagementFactory.getPlatformMBeanServer().invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
            new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
      } finally {
        Files.deleteIfExists(directives);
      }
    } catch (IOException | JMException | RuntimeException e) {
      // A JVM without this command only indexes a little slower.
      LOG.debug("compiler directive not added: {}", e.toString());
    }
  }
}
