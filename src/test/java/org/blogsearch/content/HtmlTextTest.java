package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void tagsAreDroppedAndCellsKeptApart() {
    assertEquals(
        "\n a b \n", HtmlText.strip("<tr><td class=\"x > y\">a</td><td>b</td></tr>").replace("  ", " "));
  }

  @Test
  void entitiesAreDecoded() {
    assertEquals(
        "Tom & Jerry <3 \"q\" 'n' a b \u2014 \u00e9 \u00e9 &unknown; & alone",
        HtmlText.strip("Tom &amp; Jerry &lt;3 &quot;q&quot; &#39;n&#39; a&nbsp;b &mdash; &#233; &#xE9; &unknown; & alone"));
  }

  @Test
  void lessThanInProseIsText() {
    assertEquals("if a <b and it's fine", HtmlText.strip("if a <b and it's fine"));
    assertEquals("x < y", HtmlText.strip("x < y"));
  }

  @Test
  void scriptStyleAndCommentsVanish() {
    assertEquals(
        "ab\ncd",
        HtmlText.strip("a<script type=\"x\">if (a<b) {}</script>b<br/><style>p{}</STYLE>c<!-- x -->d"));
  }
}
