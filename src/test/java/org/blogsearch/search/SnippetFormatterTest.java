package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

  private static Passage passage(int start, int end, int... matches) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) {
      passage.addMatch(matches[i], matches[i + 1], new BytesRef("t"), 1);
    }
    return passage;
  }

  @Test
  void matchesAreMarkedAndTextEscaped() {
    String text = "a <b> & \"c\" 'd' match";
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; <mark>match</mark>",
        new SnippetFormatter().format(new Passage[] {passage(0, text.length(), 16, 21)}, text));
  }

  @Test
  void cutTextGetsAnEllipsisOnEachSide() {
    String text = "one two three four five six seven";
    assertEquals("… three <mark>four</mark> five …",
        new SnippetFormatter().format(new Passage[] {passage(8, 23, 14, 18)}, text));
  }

  @Test
  void twoPassagesAreJoinedByAnEllipsis() {
    String text = "alpha beta gamma delta epsilon zeta";
    assertEquals("<mark>alpha</mark> beta … delta <mark>epsilon</mark> zeta",
        new SnippetFormatter().format(new Passage[] {passage(0, 10, 0, 5), passage(17, 35, 23, 30)}, text));
  }

  @Test
  void overlappingMatchesMakeOneMark() {
    String text = "inverted index here";
    assertEquals("<mark>inverted index</mark> …",
        new SnippetFormatter().format(new Passage[] {passage(0, 14, 0, 14, 0, 8, 9, 14)}, text));
  }

  @Test
  void newlinesBecomeSpaces() {
    String text = "first\nsecond";
    assertEquals("first second", new SnippetFormatter().format(new Passage[] {passage(0, 12)}, text));
  }
}
