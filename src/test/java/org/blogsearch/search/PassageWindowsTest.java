package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class PassageWindowsTest {

  private static final String TEXT = "word ".repeat(40) + "needle " + "word ".repeat(40);

  @Test
  void passageIsCentredOnTheMatchAndCutAtSpaces() {
    PassageWindows windows = new PassageWindows(40);
    windows.setText(TEXT);
    int match = TEXT.indexOf("needle");
    int start = windows.preceding(match + 3);
    int end = windows.following(match + 3);
    assertTrue(match - start >= 10 && match - start <= 30, "start " + (match - start) + " before the match");
    assertTrue(end - match >= 10 && end - match <= 30, "end " + (end - match) + " after the match");
    assertEquals(' ', TEXT.charAt(start - 1));
    assertEquals(' ', TEXT.charAt(end));
  }

  @Test
  void passageStopsAtParagraphBreaks() {
    String text = "first paragraph ends here\nsecond paragraph has the needle\nthird one";
    PassageWindows windows = new PassageWindows(200);
    windows.setText(text);
    int match = text.indexOf("needle");
    assertEquals(text.indexOf("second"), windows.preceding(match));
    assertEquals(text.indexOf("\nthird"), windows.following(match));
  }

  @Test
  void openingPassageForPostsWithoutMatches() {
    PassageWindows windows = new PassageWindows(40);
    windows.setText(TEXT);
    assertEquals(0, windows.first());
    int end = windows.next();
    assertTrue(end >= 40 && end < 70, "end " + end);
    windows.setText("short");
    windows.first();
    assertEquals(5, windows.next());
    assertEquals(BreakIterator.DONE, windows.next());
  }
}
