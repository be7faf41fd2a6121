package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve options that are refused before anything is indexed or served. */
class ServeOptionsTest {

  private static String refused(Map<String, String> environment, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine(environment);
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(2, cli.execute(args), err.toString());
    return err.toString();
  }

  @Test
  void aMetricsPortWithMetricsOffIsBadUsage() {
    assertTrue(refused(Map.of(), "serve", "--metrics", "off", "--metrics-port", "9100")
        .startsWith("--metrics-port has no use with --metrics off"));
    assertTrue(refused(Map.of("BLOGSEARCH_METRICS", "off"), "serve", "--metrics-port", "9100")
        .startsWith("--metrics-port has no use with --metrics off"));
  }

  @Test
  void theMetricsPortMustBeAnotherPort() {
    assertTrue(refused(Map.of(), "serve", "--port", "9100", "--metrics-port", "9100")
        .startsWith("--metrics-port must differ from --port 9100"));
    assertTrue(refused(Map.of(), "serve", "--metrics-port", "70000")
        .startsWith("--metrics-port must be a port from 0 to 65535, not 70000"));
  }

  @Test
  void anUnknownLogLevelOrMetricsValueIsNamed() {
    assertTrue(refused(Map.of(), "serve", "--log-level", "loud").contains("expected one of [error, warn, info, "
        + "debug] (case-sensitive) but was 'loud'"));
    assertTrue(refused(Map.of("BLOGSEARCH_METRICS", "maybe"), "serve")
        .startsWith("environment BLOGSEARCH_METRICS: Invalid value for option '--metrics'"));
  }
}
