package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Pages kept out by --exclude or by their front matter: never indexed, removed if they were, and named. */
class KeptOutOfSearchTest {

  @TempDir Path temp;
  private Path content;

  private record Run(int exitCode, String out, String err) {}

  private Run run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private Run command(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--content", content.toString()));
    if (!command.equals("check")) {
      args.addAll(List.of("--index", temp.resolve("index").toString()));
    }
    args.addAll(List.of(more));
    return run(Map.of(), args.toArray(String[]::new));
  }

  private String search(String word) {
    Run run = run(Map.of(), "search", "--index", temp.resolve("index").toString(), word);
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(content.resolve(path).getParent());
    Files.writeString(content.resolve(path), text);
  }

  @BeforeEach
  void blog() throws IOException {
    content = temp.resolve("content");
    write("posts/public.md", "+++\ntitle = \"Public\"\ndate = 2024-01-01\n+++\nAbout zeppelins.\n");
    write("posts/imprint.md", "+++\ntitle = \"Imprint\"\nsearch = false\n+++\nZeppelins street 1.\n");
    write("drafts/plan.md", "---\ntitle: Plan\n---\nZeppelins next year.\n");
    write("posts/private/diary.md", "---\ntitle: Diary\n---\nZeppelins at night.\n");
  }

  @Test
  void excludedAndOptedOutPagesAreNamedInTheSummaryAndNeverFound() {
    Run run = command("index", "--exclude", "drafts/**", "--exclude", "**/private/*.md");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("1 posts in the index"), run.out());
    assertTrue(run.out().contains("  3 pages kept out of search: drafts/plan.md (excluded by drafts/**), "
        + "posts/imprint.md (search = false), posts/private/diary.md (excluded by **/private/*.md)"), run.out());
    assertTrue(run.out().contains("skipped 0"), run.out());
    assertTrue(search("zeppelins").startsWith("1 post for"), search("zeppelins"));
  }

  @Test
  void aPageExcludedOrOptedOutLaterIsRemovedByTheNextRun() throws IOException {
    command("index");
    assertTrue(search("zeppelins").startsWith("3 posts for"), search("zeppelins"));

    write("posts/public.md", "---\ntitle: Public\n_build:\n  list: never\n---\nAbout zeppelins.\n");
    Run run = command("index", "--exclude", "drafts");
    assertTrue(run.out().contains("deleted 2"), run.out());
    assertTrue(run.out().contains("3 pages kept out of search: drafts/plan.md (excluded by drafts), "
        + "posts/imprint.md (search = false), posts/public.md (_build.list = never)"), run.out());
    assertTrue(search("zeppelins").startsWith("1 post for"), search("zeppelins"));

    Run back = command("index");
    assertTrue(back.out().contains("added 1"), back.out());
    assertTrue(search("zeppelins").startsWith("2 posts for"), search("zeppelins"));
  }

  @Test
  void excludesComeFromTheEnvironmentAndTheConfigFile() throws IOException {
    Path config = temp.resolve("blogsearch.toml");
    Files.writeString(config, "exclude = [\"drafts/**\", \"posts/{private,secret}/*\"]\n");
    Run run = run(Map.of("BLOGSEARCH_CONFIG", config.toString()), "index", "--content", content.toString(),
        "--index", temp.resolve("index").toString());
    assertTrue(run.out().contains("3 pages kept out of search"), run.out());
    Run fromEnvironment = run(Map.of("BLOGSEARCH_EXCLUDE", "posts/private/**"), "check", "--content",
        content.toString());
    assertTrue(fromEnvironment.out().contains("posts/private/diary.md: kept out of search (excluded by "
        + "posts/private/**)"), fromEnvironment.out());
  }

  @Test
  void checkSaysWhichPagesAreKeptOutAndWhyWithoutFailing() {
    Run run = command("check", "--exclude", "drafts/**");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("drafts/plan.md: kept out of search (excluded by drafts/**)\n"
        + "posts/imprint.md: kept out of search (search = false)\n"), run.out());
    assertTrue(run.out().contains("4 files checked: 0 errors, 0 warnings, 2 kept out of search"), run.out());
  }

  @Test
  void anInvalidGlobIsBadUsage() {
    Run run = command("index", "--exclude", "posts/[a");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("--exclude posts/[a is not a valid glob: Missing ']"), run.err());
  }
}
