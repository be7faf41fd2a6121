package org.blogsearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.blogsearch.index.Schema;

/**
 * Makes the HTML-safe snippet of each hit from the stored body: the passages around the matches, all
 * text escaped, matches wrapped in {@code <mark>}. A hit with no match in its body gets its opening.
 */
final class Snippets {

  private static final int PASSAGES = 2;
  private static final int PASSAGE_CHARS = 160;
  /** The longest real posts are under 100 KB; matches past this point are not looked for. */
  private static final int MAX_ANALYZED_CHARS = 200_000;

  String[] of(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Schema.analyzer())
        .withMaxLength(MAX_ANALYZED_CHARS)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxNoHighlightPassages(1)
        .build();
    String[] snippets = highlighter.highlight(Schema.BODY, query, hits, PASSAGES);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? "" : snippets[i].strip();
    }
    return snippets;
  }
}
