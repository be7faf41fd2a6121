package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HugoAndZolaConventionsTest {

  @TempDir Path root;

  private Post post(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    ReadOutcome outcome = new ContentFolder(root, ContentFolderTest.OPTIONS).read(path);
    return assertInstanceOf(ReadOutcome.Accepted.class, outcome, outcome.toString()).post();
  }

  @Test
  void zolaPathGivesTheDateWhenNothingElseDoes() throws IOException {
    Post post = post("content/Rust-1.17.md",
        "+++\npath = \"2017/04/27/Rust-1.17\"\ntitle = \"Announcing Rust 1.17\"\n+++\nText.\n");
    assertEquals(Optional.of(LocalDate.of(2017, 4, 27)), post.date());
    assertEquals("/2017/04/27/Rust-1.17", post.url());
  }

  @Test
  void moreDividerGivesTheSummaryWhenThereIsNoDescription() throws IOException {
    Post post = post("posts/teaser.md",
        "---\ntitle: Teaser\n---\nThe **first** part, shown on the list page.\n\n<!--more-->\n\nThe rest.\n");
    assertEquals("The first part, shown on the list page.", post.summary());
    assertEquals(
        "Written by hand.",
        post("posts/described.md", "---\ntitle: D\ndescription: Written by hand.\n---\nIntro\n<!--more-->\nRest\n")
            .summary());
  }

  @Test
  void languageComesFromFrontMatterFileNameOrFolder() throws IOException {
    assertEquals(Optional.of("zh-cn"), post("posts/a.md", "---\ntitle: A\nlanguageCode: zh-CN\n---\nText\n").language());
    Post french = post("posts/about.fr.md", "---\ntitle: À propos\n---\nTexte\n");
    assertEquals(Optional.of("fr"), french.language());
    assertEquals("about", french.slug());
    assertEquals(Optional.of("ja"), post("site/ja/blog/x/index.md", "---\ntitle: X\n---\nテキスト\n").language());
    assertEquals(Optional.of("zh"), post("zh/posts/y.md", "---\ntitle: Y\n---\n文本\n").language());
    assertEquals(Optional.empty(), post("posts/Rust-1.17.md", "---\ntitle: R\n---\nText\n").language());
    assertEquals(Optional.empty(), post("posts/no-lang.md", "---\ntitle: N\nlang: English\n---\nText\n").language());
  }
}
