package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.content.Problem;
import org.blogsearch.engine.IndexSummary;
import org.junit.jupiter.api.Test;

class SummaryPrinterTest {

  private static String printed(int errors, int warnings) {
    List<Problem> problems = IntStream.range(0, errors + warnings)
        .mapToObj(i -> new Problem("post" + i + ".md", 1, "something", i < errors
            ? Problem.Severity.ERROR : Problem.Severity.WARNING))
        .toList();
    IndexSummary summary = new IndexSummary(1, 0, 0, 0, Map.of(), 0, List.of(), problems, 1, List.of(), Duration.ZERO);
    StringWriter out = new StringWriter();
    SummaryPrinter.print(summary, new Settings(Path.of("content"), Path.of("index"), ContentOptions.defaults()),
        new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aFewWarningsAreAllPrinted() {
    assertEquals(20, printed(0, 20).lines().filter(line -> line.contains(": something")).count());
  }

  @Test
  void manyWarningsArePrintedUpToTwentyWithWhereToSeeTheRest() {
    // A site whose translations share their slugs gets hundreds; an index run must stay readable.
    String out = printed(0, 970);
    assertEquals(20, out.lines().filter(line -> line.contains(": something")).count(), out);
    assertTrue(out.contains("... and 950 more warnings: blogsearch check lists every one"), out);
  }

  @Test
  void everySkippedFileIsPrinted() {
    assertEquals(30, printed(30, 0).lines().filter(line -> line.contains(": something")).count());
  }
}
