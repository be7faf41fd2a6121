package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Settings from blogsearch.toml and the environment: where each wins, and how a bad one is told. */
class ConfigDefaultsTest {

  @TempDir Path temp;

  /** What one command printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The serve command as parsed from {@code args}, without running it. */
  private static ServeCommand serve(Map<String, String> environment, String... args) {
    CommandLine cli = BlogsearchCommand.commandLine(environment);
    cli.parseArgs(args);
    return cli.getSubcommands().get("serve").getCommand();
  }

  private Path config(String... lines) throws IOException {
    return Files.write(temp.resolve("site.toml"), List.of(lines));
  }

  @Test
  void aSettingComesFromTheFileWhenNeitherTheCommandLineNorTheEnvironmentGivesIt() throws IOException {
    Path file = config("port = 8081", "rate-limit = 7", "cors-origin = [\"https://a.example\", \"https://b.example\"]",
        "query-log = false");
    ServeCommand serve = serve(Map.of(), "serve", "--config", file.toString());
    assertEquals(8081, serve.port);
    assertEquals(7, serve.limits.requestLimits().ratePerSecond());
    assertEquals(List.of("https://a.example", "https://b.example"), serve.corsOrigins);
    assertFalse(serve.queryLog.enabled);
    assertEquals("127.0.0.1", serve.host, "what the file leaves out keeps its default");
  }

  @Test
  void theEnvironmentWinsOverTheFileAndTheCommandLineOverBoth() throws IOException {
    Path file = config("port = 8081");
    Map<String, String> environment = Map.of("BLOGSEARCH_CONFIG", file.toString(), "BLOGSEARCH_PORT", "8082",
        "BLOGSEARCH_CORS_ORIGIN", "https://a.example,https://b.example", "BLOGSEARCH_QUERY_LOG", "false");
    ServeCommand fromEnvironment = serve(environment, "serve");
    assertEquals(8082, fromEnvironment.port);
    assertEquals(List.of("https://a.example", "https://b.example"), fromEnvironment.corsOrigins);
    assertFalse(fromEnvironment.queryLog.enabled);
    ServeCommand fromCommandLine = serve(environment, "serve", "--port", "8083", "--query-log");
    assertEquals(8083, fromCommandLine.port);
    assertTrue(fromCommandLine.queryLog.enabled);
  }

  @Test
  void theEffectiveSettingsSayWhereEachCameFrom() throws IOException {
    Path file = config("port = 8081");
    CommandLine cli = BlogsearchCommand.commandLine(Map.of("BLOGSEARCH_RATE_LIMIT", "9"));
    cli.parseArgs("serve", "--config", file.toString(), "--host", "0.0.0.0");
    String settings = EffectiveSettings.describe(cli.getSubcommands().get("serve").getCommandSpec());
    assertTrue(settings.contains("port=8081 (" + file + ":1)"), settings);
    assertTrue(settings.contains("rate-limit=9 (environment BLOGSEARCH_RATE_LIMIT)"), settings);
    assertTrue(settings.contains("host=0.0.0.0,"), settings);
    assertTrue(settings.contains("max-query-length=1000,"), settings);
  }

  @Test
  void aFileThatIsNotTomlIsABadUsageNamingItsLine() throws IOException {
    Path file = config("port = 8081", "host = ");
    Run run = run(Map.of(), "search", "--config", file.toString(), "lucene");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(file + ":2: "), run.err());
  }

  @Test
  void anUnknownSettingIsNamedWithItsLineAndTablesAreRefused() throws IOException {
    Path file = config("# the port", "", "prot = 8081");
    Run run = run(Map.of(), "serve", "--config", file.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(file + ":3: unknown setting 'prot'"), run.err());

    Path tables = config("[serve]", "port = 8081");
    Run tabled = run(Map.of(), "serve", "--config", tables.toString());
    assertEquals(2, tabled.exitCode());
    assertTrue(tabled.err().startsWith(tables + ":1: [serve] tables are not read"), tabled.err());
  }

  @Test
  void aValueOfTheWrongKindIsNamedByWhereItWasSet() throws IOException {
    Path file = config("port = \"seventy\"");
    Run fromFile = run(Map.of(), "serve", "--config", file.toString());
    assertEquals(2, fromFile.exitCode());
    assertTrue(fromFile.err().startsWith(file + ":1: Invalid value for option '--port': 'seventy' is not an int"),
        fromFile.err());

    Run fromEnvironment = run(Map.of("BLOGSEARCH_PORT", "x"), "serve");
    assertEquals(2, fromEnvironment.exitCode());
    assertTrue(fromEnvironment.err().startsWith("environment BLOGSEARCH_PORT: Invalid value for option '--port'"),
        fromEnvironment.err());
  }

  @Test
  void aConfigFileNamedButMissingIsABadUsage() {
    Path missing = temp.resolve("nope.toml");
    Run run = run(Map.of(), "index", "--config", missing.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith(missing + ": no such file"), run.err());
  }

  @Test
  void helpNamesTheEnvironmentVariableAndTheFileKeyOfEachOption() {
    Run run = run(Map.of(), "serve", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--rate-limit          BLOGSEARCH_RATE_LIMIT          rate-limit = N"), run.out());
    assertTrue(run.out().contains("--cors-origin         BLOGSEARCH_CORS_ORIGIN         cors-origin = [\"...\"]"),
        run.out());
    assertTrue(run.out().contains("--config=FILE"), run.out());
  }

  @Test
  void limitsOutOfRangeAreBadUsageBeforeAnythingIsIndexed() {
    Path index = temp.resolve("index");
    for (String[] option : List.of(new String[] {"--max-page-depth", "10"}, new String[] {"--request-timeout", "-1"},
        new String[] {"--rate-limit", "-5"}, new String[] {"--query-log-days", "0"})) {
      Run run = run(Map.of(), "serve", "--content", TestBlog.folder().toString(), "--index", index.toString(),
          "--port", "0", option[0], option[1]);
      assertEquals(2, run.exitCode(), String.join(" ", option));
      assertTrue(run.err().contains(option[0] + " must be"), run.err());
    }
    assertFalse(Files.exists(index), "nothing was indexed");
  }
}
