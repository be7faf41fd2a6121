package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchOptOutTest {

  @TempDir Path temp;

  private ReadOutcome read(String text) throws IOException {
    Files.writeString(temp.resolve("page.md"), text);
    return new ContentFolder(temp, ContentOptions.defaults()).read("page.md");
  }

  private String keptOut(String text) throws IOException {
    return assertInstanceOf(ReadOutcome.KeptOut.class, read(text), text).reason();
  }

  @Test
  void searchFalseKeepsAPageOut() throws IOException {
    assertEquals("search = false", keptOut("+++\ntitle = \"Imprint\"\nsearch = false\n+++\nAddress.\n"));
    assertEquals("search = false", keptOut("---\ntitle: Imprint\nsearch: false\n---\nAddress.\n"));
    assertEquals("search = false", keptOut("{\"title\": \"Imprint\", \"search\": false}\nAddress.\n"));
  }

  @Test
  void hugoBuildListNeverKeepsAPageOutInEitherSpelling() throws IOException {
    assertEquals("build.list = never", keptOut("+++\ntitle = \"Hidden\"\n[build]\nlist = \"never\"\n+++\nText.\n"));
    assertEquals("_build.list = never", keptOut("+++\ntitle = \"Hidden\"\n[_build]\nlist = \"never\"\n+++\nText.\n"));
    assertEquals("_build.list = never", keptOut("---\ntitle: Hidden\n_build:\n  list: never\n---\nText.\n"));
    assertEquals("build.list = never", keptOut("---\ntitle: Hidden\nbuild: {list: never, render: always}\n---\nT.\n"));
    assertEquals("_build.list = false", keptOut("---\ntitle: Old Hugo\n_build:\n  list: false\n---\nText.\n"));
  }

  @Test
  void noindexKeepsAPageOutAsItKeepsSearchEnginesOut() throws IOException {
    assertEquals("noindex = true", keptOut("---\ntitle: Thanks\nnoindex: true\n---\nText.\n"));
    assertEquals("robots = noindex, nofollow", keptOut("---\ntitle: Thanks\nrobots: \"noindex, nofollow\"\n---\nT.\n"));
  }

  @Test
  void pagesThatAskToBeListedAreRead() throws IOException {
    assertInstanceOf(ReadOutcome.Accepted.class, read("+++\ntitle = \"A\"\nsearch = true\n[build]\nlist = \"always\"\n+++\nT.\n"));
    assertInstanceOf(ReadOutcome.Accepted.class, read("---\ntitle: B\nnoindex: false\nrobots: index, follow\n---\nT.\n"));
  }

  @Test
  void anExcludedFileIsNotRead() throws IOException {
    Files.createDirectories(temp.resolve("drafts"));
    Files.writeString(temp.resolve("drafts/idea.md"), "---\ntitle: [unclosed\n---\n");
    Files.writeString(temp.resolve("post.md"), "---\ntitle: Post\n---\nText.\n");
    ContentFolder folder = new ContentFolder(temp, new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false,
        ContentOptions.defaults().clock(), ContentOptions.DEFAULT_MAX_FILE_BYTES,
        Exclusions.of(List.of("drafts/**"))));
    ContentListing listing = folder.list();
    assertEquals(List.of("post.md"), listing.files());
    assertEquals(List.of(new ReadOutcome.KeptOut("drafts/idea.md", "excluded by drafts/**")),
        listing.excluded());
    assertEquals(new ReadOutcome.KeptOut("drafts/idea.md", "excluded by drafts/**"), folder.read("drafts/idea.md"));
  }
}
