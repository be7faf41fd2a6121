package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** What a snippet may hold as HTML: escaped text and {@code <mark>} pairs, nothing else. */
public final class SnippetMarkup {

  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";
  private static final List<String> ENTITIES = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;");

  private SnippetMarkup() {}

  /** Fails unless {@code snippet} is escaped text whose only tags are {@code <mark>} pairs, unnested. */
  public static void assertOnlyMarks(String snippet) {
    boolean open = false;
    for (int i = 0; i < snippet.length(); i++) {
      char c = snippet.charAt(i);
      if (snippet.startsWith(OPEN, i)) {
        assertTrue(!open, () -> "a <mark> inside a <mark>: " + snippet);
        open = true;
        i += OPEN.length() - 1;
      } else if (snippet.startsWith(CLOSE, i)) {
        assertTrue(open, () -> "a </mark> without its <mark>: " + snippet);
        open = false;
        i += CLOSE.length() - 1;
      } else if (c == '&') {
        int at = i;
        assertTrue(ENTITIES.stream().anyMatch(entity -> snippet.startsWith(entity, at)),
            () -> "an unescaped & at " + at + ": " + snippet);
      } else if (c == '<' || c == '>' || c == '"' || c == '\'') {
        fail("an unescaped " + c + " at " + i + ": " + snippet);
      }
    }
    assertEquals(false, open, () -> "a <mark> left open: " + snippet);
  }
}
