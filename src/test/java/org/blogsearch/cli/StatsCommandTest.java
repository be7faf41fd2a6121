package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatsCommandTest {

  @TempDir Path temp;

  /** What one command printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void writeALogBesideTheIndex() throws IOException {
    Path log = Files.createDirectories(temp.resolve("site-queries"));
    Files.write(log.resolve("queries-2026-03-14.tsv"), List.of(
        "2026-03-14T08:00:00Z\t4\tlucene",
        "2026-03-14T08:01:00Z\t0\tkubernetes",
        "2026-03-14T08:02:00Z\t0\tkubernetes",
        "2026-03-14T08:03:00Z\t2\tlucene"));
  }

  @Test
  void statsPrintsTheQueriesAskedMostAndThoseThatFoundNothing() {
    Run run = run("stats", "--index", temp.resolve("site").toString(), "--since", "2026-03-01");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(String.join("\n", "4 searches since 2026-03-01 00:00 UTC, 2 of them found nothing", "",
        "Searched most:", "  2  kubernetes", "  2  lucene", "", "Searched most that found nothing:",
        "  2  kubernetes", ""), run.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void statsJsonIsForScripts() {
    Run run = run("stats", "--query-log-dir", temp.resolve("site-queries").toString(), "--since", "2026-03-01",
        "--top", "1", "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"searches\" : 4"), run.out());
    assertTrue(run.out().contains("\"topZeroResults\" : [ {\n    \"query\" : \"kubernetes\",\n    \"count\" : 2"),
        run.out());
  }

  @Test
  void withoutALogStatsSaysWhereItLookedAndFails() {
    Run run = run("stats", "--index", temp.resolve("other").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no query log at") && run.err().contains("other-queries"), run.err());
  }

  @Test
  void aPeriodThatIsNeitherDaysNorADateIsABadUsage() {
    Run run = run("stats", "--index", temp.resolve("site").toString(), "--since", "last week");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--since is a number of days such as 7d or a date written YYYY-MM-DD"), run.err());
  }
}
