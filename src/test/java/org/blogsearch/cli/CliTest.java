package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.blogsearch.content.NamedPipe;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

  @TempDir Path temp;

  /** What one command printed and returned. */
  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run index() {
    return run("index", "--content", TestBlog.folder().toString(), "--index", temp.resolve("index").toString());
  }

  @Test
  void versionIsThePomsVersion() {
    Run run = run("--version");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("blogsearch " + System.getProperty("blogsearch.pom.version"), run.out().strip());
  }

  @Test
  void indexPrintsTheSummaryWithSkippedFiles() {
    Run run = index();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("7 posts in the index"), run.out());
    assertTrue(run.out().contains("added 7, updated 0, deleted 0, unchanged 0, skipped 1"), run.out());
    assertTrue(run.out().contains("scheduled: 1, served from 2099-01-01T00:00:00Z, without another run"), run.out());
    assertTrue(run.out().contains("not published: 1 draft, 2 expired"), run.out());
    assertTrue(run.out().contains("  posts/broken.md:3: "), run.out());
  }

  @Test
  void secondIndexRunReportsNothingChanged() {
    index();
    Run again = index();
    assertTrue(again.out().contains("added 0, updated 0, deleted 0, unchanged 7"), again.out());
  }

  @Test
  void searchPrintsReadableResults() {
    index();
    Run run = run("search", "--index", temp.resolve("index").toString(), "inverted", "index");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("1 post for \"inverted index\""), run.out());
    assertTrue(run.out().contains(" 1. Indexing with Lucene"), run.out());
    assertTrue(run.out().contains("2019-03-02  /posts/json-post/  #lucene #java"), run.out());
    assertTrue(run.out().contains("Lucene keeps an inverted index"), run.out());
  }

  @Test
  void searchJsonIsTheApiAnswer() {
    index();
    Run run = run("search", "--index", temp.resolve("index").toString(), "--json", "--tag", "java",
        "--from", "2018", "--to", "2018", "--sort", "date");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"total\" : 2"), run.out());
    assertTrue(run.out().indexOf("\"new-year\"") < run.out().indexOf("\"gsoc-2018\""), run.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    index();
    Run badDate = run("search", "--index", temp.resolve("index").toString(), "--from", "2018-02-30", "x");
    assertEquals(2, badDate.exitCode());
    assertTrue(badDate.err().contains("--from must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '2018-02-30'"),
        badDate.err());
    assertEquals(2, run("index", "--no-such-option").exitCode());
    assertEquals(2, run().exitCode());
  }

  @Test
  void anEngineIsChosenByNameAndSolrNeedsToBeFound() throws IOException {
    Run unknown = run("search", "--engine", "elastic", "x");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("--engine must be lucene or solr, not 'elastic'"), unknown.err());
    Run nowhere = run("index", "--engine", "solr", "--content", TestBlog.folder().toString());
    assertEquals(2, nowhere.exitCode());
    assertTrue(nowhere.err().contains("--engine solr needs --solr-zk HOST:PORT[/chroot] or --solr-url URL"),
        nowhere.err());
    Path config = Files.write(temp.resolve("solr.toml"), List.of("engine = \"solr\""));
    Run fromFile = run("search", "--config", config.toString(), "x");
    assertEquals(2, fromFile.exitCode(), "the file's engine is used: " + fromFile.err());
    assertTrue(fromFile.err().contains("--engine solr needs"), fromFile.err());
    Run noCluster = run("search", "--engine", "solr", "--solr-url", "http://127.0.0.1:9/solr", "x");
    assertEquals(1, noCluster.exitCode());
    assertTrue(noCluster.err().contains("Solr at http://127.0.0.1:9/solr failed"), noCluster.err());
    assertTrue(!noCluster.err().contains("\tat "), "no stack trace: " + noCluster.err());
  }

  @Test
  void searchWithoutAnIndexSaysHowToBuildIt() {
    Run run = run("search", "--index", temp.resolve("missing").toString(), "lucene");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no index at"), run.err());
    assertTrue(run.err().contains("blogsearch index"), run.err());
    assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void indexOfAMissingFolderFailsWithItsName() {
    Run run = run("index", "--content", temp.resolve("nope").toString(), "--index", temp.resolve("i").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("nope"), run.err());
  }

  @Test
  void checkReportsProblemsAndFails() {
    Run run = run("check", "--content", TestBlog.folder().toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("posts/broken.md:3: "), run.out());
    assertTrue(run.out().contains("1 errors"), run.out());
  }

  @Test
  void checkCountsANamedPipeNamedAsAPostAsAnError() throws Exception {
    Path content = Files.createDirectories(temp.resolve("content/posts"));
    Files.writeString(content.resolve("hello.md"), "+++\ntitle = \"Hello\"\n+++\nHi.\n");
    NamedPipe.create(content.resolve("post.md"));
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> run("check", "--content", temp.resolve("content").toString()));
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.out().contains("posts/post.md:1: not a regular file but a named pipe"), run.out());
    assertTrue(run.out().contains("2 files checked: 1 errors, 0 warnings"), run.out());
  }

  @Test
  void checkWarnsOfTwoPostsWithOneSlugAndUrlNamingBoth() throws Exception {
    Path content = temp.resolve("content");
    Files.createDirectories(content.resolve("inside-rust"));
    Files.writeString(content.resolve("all-hands.md"), "+++\ntitle = \"Recap\"\nurl = \"/all-hands/\"\n+++\nBerlin.\n");
    Files.writeString(content.resolve("inside-rust/all-hands.md"),
        "+++\ntitle = \"Save the date\"\nurl = \"/all-hands/\"\n+++\n2025.\n");
    Run run = run("check", "--content", content.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("inside-rust/all-hands.md:1: warning: same slug \"all-hands\" and URL /all-hands/ "
        + "as all-hands.md: only one of them can be reached there, and the slug names all-hands.md, the first by "
        + "path; give this post its own slug or url"), run.out());
    assertTrue(run.out().contains("2 files checked: 0 errors, 1 warnings"), run.out());
  }

  @Test
  void checkWarnsOfTheRustBlogsTwoPairsOfPostsWithOneSlug() {
    Path rustBlog = Path.of("../shared/corpora/rust-blog");
    Assumptions.assumeTrue(Files.isDirectory(rustBlog), "no corpus at " + rustBlog.toAbsolutePath() + "; skipped");
    Run run = run("check", "--content", rustBlog.toString());
    for (String slug : List.of("all-hands", "electing-new-project-directors")) {
      assertTrue(run.out().contains("content/inside-rust/" + slug + ".md:1: warning: same slug \"" + slug + "\" as content/"
          + slug + ".md: the slug names content/" + slug + ".md, the first by path"), run.out());
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"index", "serve", "search", "check"}) {
      Run run = run(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Usage: blogsearch " + command), run.out());
    }
  }
}
