package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.blogsearch.content.FrontMatterSplitter.Format;
import org.blogsearch.content.FrontMatterSplitter.Split;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

  private static Split split(String text) throws RejectedFile {
    return FrontMatterSplitter.split(text);
  }

  private static String rejection(String text) {
    return assertThrows(RejectedFile.class, () -> split(text)).toProblem("p.md").toString();
  }

  @Test
  void yamlBlockIsFoundWithTheLineWhereItStarts() throws RejectedFile {
    Split split = split("---\ntitle: A\n---\nBody\n");
    assertEquals(new Split(Format.YAML, "title: A\n", 2, "Body\n", 4), split);
  }

  @Test
  void tomlBlockAfterBlankLinesAndWithTrailingSpacesOnDelimiters() throws RejectedFile {
    Split split = split("\n  \n+++  \ntitle = \"A\"\n+++\t\n\nBody");
    assertEquals(Format.TOML, split.format());
    assertEquals("title = \"A\"\n", split.block());
    assertEquals(4, split.blockLine());
    assertEquals("\nBody", split.body());
    assertEquals(6, split.bodyLine());
  }

  @Test
  void jsonObjectIsMatchedByItsBracesEvenWithBracesInStrings() throws RejectedFile {
    Split split = split("{\n  \"title\": \"a } and { b\",\n  \"x\": {\"y\": \"\\\"}\"}\n}\nBody {here}\n");
    assertEquals(Format.JSON, split.format());
    assertEquals("{\n  \"title\": \"a } and { b\",\n  \"x\": {\"y\": \"\\\"}\"}\n}", split.block());
    assertEquals(1, split.blockLine());
    assertEquals("Body {here}\n", split.body());
    assertEquals(5, split.bodyLine());
  }

  @Test
  void templateTagAtTheTopIsNotJsonFrontMatter() throws RejectedFile {
    assertEquals(Format.NONE, split("{{< partial \"x\" >}}\nText").format());
    assertEquals(Format.NONE, split("{% Aside %}\nText\n{% endAside %}").format());
  }

  @Test
  void fileWithoutFrontMatterIsAllBody() throws RejectedFile {
    assertEquals(new Split(Format.NONE, "", 1, "# Title\n\nText", 1), split("# Title\n\nText"));
  }

  @Test
  void delimiterMustBeAloneOnItsLine() throws RejectedFile {
    assertEquals(Format.NONE, split("--- not front matter\ntext").format());
    assertEquals(Format.NONE, split(" ---\ntitle: x\n---\n").format());
  }

  @Test
  void emptyBlockIsAllowed() throws RejectedFile {
    assertEquals(new Split(Format.YAML, "", 2, "Body", 3), split("---\n---\nBody"));
  }

  @Test
  void blockThatNeverClosesIsRejectedAtTheOpeningLine() {
    assertEquals(
        "p.md:3: front matter opened with \"+++\" is never closed",
        rejection("\n\n+++\ntitle = \"x\"\n\nBody with --- and no end"));
    assertEquals(
        "p.md:1: front matter opened with \"---\" is never closed", rejection("---"));
    assertEquals(
        "p.md:1: front matter opened with \"{\" is never closed", rejection("{\"title\": \"x\"\n"));
  }
}
