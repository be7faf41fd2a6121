package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Several blogs named in one config file: each indexed into its own folder, searched by name. */
class SitesConfigTest {

  @TempDir Path temp;
  private Path config;

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine(Map.of("BLOGSEARCH_CONFIG", config.toString()));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private void post(String site, String slug, String title) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(site));
    Files.writeString(folder.resolve(slug + ".md"), "+++\ntitle = \"" + title + "\"\ndate = 2024-03-04\n+++\nAbout " + title + ".\n");
  }

  @BeforeEach
  void twoBlogs() throws IOException {
    post("alice", "gardens", "Roof gardens");
    post("alice", "bees", "Urban bees");
    post("bob", "engines", "Steam engines");
    config = temp.resolve("blogsearch.toml");
    Files.writeString(config, """
        index = "%s"

        [sites.alice]
        content = "%s"
        permalink = "/notes/:slug/"
        cors-origin = ["https://alice.example"]

        [sites.bob]
        content = "%s"
        """.formatted(temp.resolve("index"), temp.resolve("alice"), temp.resolve("bob")));
  }

  @Test
  void indexesEverySiteIntoItsOwnFolder() {
    Run run = run("index");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("site alice: Indexed"), run.out());
    assertTrue(run.out().contains("site bob: Indexed"), run.out());
    assertTrue(Files.isDirectory(temp.resolve("index/alice")));
    assertTrue(Files.isDirectory(temp.resolve("index/bob")));
  }

  @Test
  void searchesTheSiteNamedWithItsOwnSettings() {
    run("index");
    Run alice = run("search", "--site", "alice", "gardens", "--json");
    assertEquals(0, alice.exitCode(), alice.err());
    assertTrue(alice.out().contains("\"/notes/gardens/\""), alice.out());
    Run bob = run("search", "--site", "bob", "gardens");
    assertFalse(bob.out().contains("Roof"), bob.out());
  }

  @Test
  void aSearchMustSayWhichSite() {
    run("index");
    Run run = run("search", "gardens");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("name the site to search with --site"), run.err());
    Run unknown = run("search", "--site", "carol", "gardens");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("--site carol: no such site"), unknown.err());
  }

  @Test
  void indexesOnlyTheSitesChosen() {
    Run run = run("index", "--site", "bob");
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.out().contains("alice"), run.out());
    assertFalse(Files.exists(temp.resolve("index/alice")));
  }

  @Test
  void oneSitesMissingFolderKeepsNoOtherSiteFromItsIndex() throws IOException {
    Files.writeString(config, Files.readString(config) + "\n[sites.carol]\ncontent = \"" + temp.resolve("gone") + "\"\n");
    Run run = run("index");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("site carol: not indexed: "), run.err());
    assertTrue(run.err().contains("1 of 3 sites could not be indexed"), run.err());
    assertTrue(run.out().contains("site bob: Indexed"), run.out());
  }

  @Test
  void aBadSiteTableIsNamedWithItsLine() throws IOException {
    Files.writeString(config, "[sites.Alice]\ncontent = \"x\"\n");
    Run badName = run("index");
    assertEquals(2, badName.exitCode());
    assertTrue(badName.err().contains("blogsearch.toml:1: site name 'Alice' must be"), badName.err());
    Files.writeString(config, "[sites.alice]\ncontent = \"x\"\nport = 8080\n");
    Run badKey = run("index");
    assertTrue(badKey.err().contains("blogsearch.toml:3: unknown setting 'port' for site alice"), badKey.err());
    Files.writeString(config, "[sites.alice]\ndrafts = true\n");
    Run noContent = run("index");
    assertTrue(noContent.err().contains("blogsearch.toml:1: site alice needs its content folder"), noContent.err());
  }
}
