package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void everyHtml5NamedReferenceIsDecoded() {
    assertEquals("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\u2026", HtmlText.decodeEntities("Caf&eacute; cr&egrave;me br&ucirc;l&eacute;e&hellip;"));
    assertEquals("x \u2242\u0338 y", HtmlText.decodeEntities("x &NotEqualTilde; y"), "two code points");
    assertEquals("\u2200x \u2208 \u211D: x\u00B2 \u2265 0", HtmlText.decodeEntities("&forall;x &isin; &Ropf;: x&sup2; &ge; 0"));
    assertEquals("\uD83D\uDE00 \u20AC \u00A9 2020", HtmlText.decodeEntities("&#x1F600; &#8364; &copy 2020"),
        "numeric, and the legacy names a browser reads without a semicolon");
    assertEquals("AT&T &madeup; <b>kept</b>", HtmlText.decodeEntities("AT&T &madeup; <b>kept</b>"));
    assertEquals("\u00ACit;", HtmlText.decodeEntities("&notit;"), "as a browser reads it: &not, then it;");
  }

  @Test
  void rawHtmlAndTitlesOfAPostDecodeThem(@TempDir Path temp) throws IOException {
    Files.writeString(temp.resolve("cafe.md"), "---\ntitle: \"Caf&eacute; &rarr; Bar&hellip;\"\n---\n"
        + "<p>Cr&egrave;me br&ucirc;l&eacute;e &frac12; &ne; &Oslash;resund</p>\n");
    Post post = ((ReadOutcome.Accepted) new ContentFolder(temp, ContentOptions.defaults()).read("cafe.md")).post();
    assertEquals("Caf\u00e9 \u2192 Bar\u2026", post.title());
    assertEquals("Cr\u00e8me br\u00fbl\u00e9e \u00bd \u2260 \u00d8resund", post.body().strip());
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
