package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateTagsTest {

  @Test
  void removedTagsAreKeptAside() {
    assertEquals("{% Img src=\"image/abc123.png\", alt=\"x\" %}\n",
        TemplateTags.strip("before {% Img src=\"image/abc123.png\", alt=\"x\" %} after").tags());
  }

  @Test
  void hugoShortcodesAreRemoved() {
    assertEquals(
        "a  b  c  d",
        TemplateTags.strip("a {{< figure src=\"x.png\" >}} b {{% note %}} c {{< /note >}} d").markdown());
  }

  @Test
  void escapedShortcodesAreRemoved() {
    assertEquals("see ", TemplateTags.strip("see {{</* ref \"a.md\" */>}}").markdown());
    assertEquals("see ", TemplateTags.strip("see {{%/* ref \"a.md\" */%}}").markdown());
  }

  @Test
  void liquidTagsAreRemovedEvenAcrossLines() {
    assertEquals(
        "\nAside.\n\n\nafter",
        TemplateTags.strip("{% Aside %}\nAside.\n{% endAside %}\n{% Img src=\"a_b.png\",\n alt=\"x\" %}\nafter").markdown());
  }

  @Test
  void codeFencesAndCodeSpansAreLeftAlone() {
    String source =
        "```go-html-template\n{{< code >}}\n```\n\n~~~~\n{% raw %}\n~~~~\n\nUse `{{< ref >}}` here.";
    assertEquals(source, TemplateTags.strip(source).markdown());
  }

  @Test
  void fenceInAListItemEndsWithTheItem() {
    assertEquals(
        "1.  Step:\n\n    ```js\n    code();\n\n1.  Next \n",
        TemplateTags.strip("1.  Step:\n\n    ```js\n    code();\n\n1.  Next {% Img %}\n").markdown());
  }

  @Test
  void unclosedTagsAndPlainTemplateExpressionsStay() {
    assertEquals("50{% off", TemplateTags.strip("50{% off").markdown());
    assertEquals("{{ .Title }}", TemplateTags.strip("{{ .Title }}").markdown());
  }
}
