package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  private final MarkdownText markdown = new MarkdownText();

  private String body(String source) {
    return markdown.render(source).body();
  }

  @Test
  void inlineMarkupIsReducedToItsText() {
    assertEquals(
        "Some bold, italic, struck, a link, an image and code.",
        body("Some **bold**, _italic_, ~~struck~~, [a link](http://x.example \"t\"), "
            + "![an image](i.png) and `code`."));
  }

  @Test
  void blocksAreSeparatedByBlankLinesAndLineBreaksKept() {
    assertEquals(
        "One\nsoft line.\n\nHard\nbreak.\n\nQuoted.",
        body("One  \nsoft\nline.\n\nHard\\\nbreak.\n\n> Quoted."));
  }

  @Test
  void headingsGoAsideAndLoseTheirAttributes() {
    MarkdownText.Rendered rendered =
        markdown.render("# Title {#title}\n\nText.\n\nSetext *heading*\n---\n\n## Next {: .big }\n");
    assertEquals(List.of("Title", "Setext heading", "Next"), rendered.headings());
    assertEquals("Text.", rendered.body());
  }

  @Test
  void codeBlocksGoAside() {
    MarkdownText.Rendered rendered =
        markdown.render("Before.\n\n```rust\nfn main() {}\n```\n\n    indented();\n\nAfter.");
    assertEquals("Before.\n\nAfter.", rendered.body());
    assertEquals("fn main() {}\n\nindented();", rendered.code());
  }

  @Test
  void listsAndTablesBecomeLines() {
    assertEquals("one\ntwo\n\nafter", body("- one\n- two\n\nafter"));
    assertEquals("A B\n1 x y\n\nafter", body("| A | B |\n|---|:-:|\n| 1 | *x* y |\n\nafter"));
  }

  @Test
  void htmlTagsAndCommentsAreDroppedButTheirTextKept() {
    assertEquals(
        "Hi there, you & me.\n\nBlock text\n\nsecond <3",
        body("Hi <b>there</b>,<!-- secret --> you &amp; me.\n\n"
            + "<div class=\"x\">\n<p>Block text</p><p>second &lt;3</p>\n</div>"));
  }

  @Test
  void scriptAndStyleContentsAreDroppedEntirely() {
    assertEquals(
        "Before.\n\nInline and after.",
        body("Before.\n\n<script>\nalert('block');\n</script>\n\n"
            + "Inline <script>alert(1)</script>and <style>p{}</style>after."));
  }

  @Test
  void moreDividerIsDropped() {
    assertEquals("Summary.\n\nRest.", body("Summary.\n\n<!--more-->\n\nRest."));
  }

  @Test
  void shortcodesAreRemovedButTheirProseKept() {
    assertEquals(
        "Note text.\n\nInline and more.\n\nAside text.",
        body("{{< note >}}\nNote text.\n{{< /note >}}\n\n"
            + "Inline {{% mark %}}and{{% /mark %}} more{{</* esc */>}}.\n\n"
            + "{% Aside 'caution' %}\nAside text.\n{% endAside %}"));
  }

  @Test
  void footnoteMarksAreDropped() {
    assertEquals("A claim.\n\nThe source.", body("A claim[^1].\n\n[^1]: The source."));
  }

  @Test
  void descriptionBecomesOneLineOfPlainText() {
    assertEquals(
        "A short and sweet description over lines.",
        markdown.plain("A **short** and [sweet](x.html)\ndescription over lines."));
    assertEquals("Only a heading", markdown.plain("# Only a heading"));
  }

  @Test
  void pathologicalInputStaysFast() {
    String nasty =
        "{%".repeat(50_000) + "<a ".repeat(50_000) + "[^".repeat(50_000) + "**".repeat(50_000)
            + "&".repeat(50_000) + "<!--".repeat(10_000) + "`".repeat(10_000);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> markdown.render(nasty));
  }
}
