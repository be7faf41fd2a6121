package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.blogsearch.cli.BlogsearchCommand;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code blogsearch serve --cors-origin}, as a user meets it on the command line. */
class CorsOriginOptionTest {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = BlogsearchCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpExplainsTheOption() {
    assertEquals(0, run("serve", "--help"));
    String help = out.toString().replaceAll("\\s+", " ");
    assertTrue(help.contains("--cors-origin=ORIGIN"), help);
    assertTrue(help.contains("repeat for several"), help);
    assertTrue(help.contains("(default: any origin)"), help);
  }

  @Test
  void aMalformedOriginIsBadUsageBeforeAnythingIsIndexed() {
    Path index = temp.resolve("index");
    int code = run("serve", "--content", TestBlog.folder().toString(), "--index", index.toString(),
        "--port", "0", "--cors-origin", "blog.example");
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("a CORS origin is written scheme://host[:port], such as https://blog.example, "
        + "not 'blog.example'"), err.toString());
    assertFalse(Files.exists(index), "nothing was indexed");
  }
}
