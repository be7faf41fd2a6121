package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateTagsTest {

  @Test
  void hugoShortcodesAreRemoved() {
    assertEquals(
        "a  b  c  d",
        TemplateTags.strip("a {{< figure src=\"x.png\" >}} b {{% note %}} c {{< /note >}} d"));
  }

  @Test
  void escapedShortcodesAreRemoved() {
    assertEquals("see ", TemplateTags.strip("see {{</* ref \"a.md\" */>}}"));
    assertEquals("see ", TemplateTags.strip("see {{%/* ref \"a.md\" */%}}"));
  }

  @Test
  void liquidTagsAreRemovedEvenAcrossLines() {
    assertEquals(
        "\nAside.\n\n\nafter",
        TemplateTags.strip("{% Aside %}\nAside.\n{% endAside %}\n{% Img src=\"a_b.png\",\n alt=\"x\" %}\nafter"));
  }

  @Test
  void codeFencesAndCodeSpansAreLeftAlone() {
    String source =
        "```go-html-template\n{{< code >}}\n```\n\n~~~~\n{% raw %}\n~~~~\n\nUse `{{< ref >}}` here.";
    assertEquals(source, TemplateTags.strip(source));
  }

  @Test
  void fenceInAListItemEndsWithTheItem() {
    assertEquals(
        "1.  Step:\n\n    ```js\n    code();\n\n1.  Next \n",
        TemplateTags.strip("1.  Step:\n\n    ```js\n    code();\n\n1.  Next {% Img %}\n"));
  }

  @Test
  void unclosedTagsAndPlainTemplateExpressionsStay() {
    assertEquals("50{% off", TemplateTags.strip("50{% off"));
    assertEquals("{{ .Title }}", TemplateTags.strip("{{ .Title }}"));
  }
}
