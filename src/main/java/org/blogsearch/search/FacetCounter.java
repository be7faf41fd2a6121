package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.blogsearch.engine.FacetCount;

/**
 * Counts tags and years over the posts a query matched, from the {@link PostOrdinals} of the index
 * snapshot searched, read once per snapshot rather than per query. Thread-safe.
 */
final class FacetCounter {

  private static final int MAX_TAGS = 50;

  private final AtomicReference<PostOrdinals> current = new AtomicReference<>();

  /** The tags and years of the posts of the snapshot {@code reader}. */
  PostOrdinals ordinals(IndexReader reader) throws IOException {
    PostOrdinals ordinals = current.get();
    if (ordinals == null || ordinals.reader() != reader) {
      ordinals = PostOrdinals.of(reader);
      current.set(ordinals);
    }
    return ordinals;
  }

  /** Counts the tags and years of the posts {@code query} matches, in a pass of its own. */
  PostOrdinals.Counts count(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, ordinals(searcher.getIndexReader()).counting());
  }

  /** The most used tags among the counted posts, at most fifty: as many chips as a reader can scan. */
  static List<FacetCount> tags(PostOrdinals ordinals, PostOrdinals.Counts counts) {
    return mostUsed(ordinals, counts.tags(), MAX_TAGS);
  }

  /** Every tag among the counted posts, most used first. */
  static List<FacetCount> allTags(PostOrdinals ordinals, PostOrdinals.Counts counts) {
    return mostUsed(ordinals, counts.tags(), Integer.MAX_VALUE);
  }

  /**
   * The {@code limit} most used tags, then by name. Chosen by their counts before any is named: every
   * search shows tags, and a blog may have thousands.
   */
  private static List<FacetCount> mostUsed(PostOrdinals ordinals, int[] tagCounts, int limit) {
    Comparator<Integer> mostUsedFirst = (a, b) -> tagCounts[a] != tagCounts[b]
        ? Integer.compare(tagCounts[b], tagCounts[a]) : ordinals.tag(a).compareTo(ordinals.tag(b));
    // The best seen so far, the least of them on top, to be dropped for a better one.
    PriorityQueue<Integer> best = new PriorityQueue<>(mostUsedFirst.reversed());
    for (int ordinal = 0; ordinal < tagCounts.length; ordinal++) {
      if (tagCounts[ordinal] > 0 && (best.size() < limit || mostUsedFirst.compare(ordinal, best.peek()) < 0)) {
        best.add(ordinal);
        if (best.size() > limit) {
          best.poll();
        }
      }
    }
    return best.stream().sorted(mostUsedFirst)
        .map(ordinal -> new FacetCount(ordinals.tag(ordinal), tagCounts[ordinal])).toList();
  }

  /** Every year among the counted posts, newest first. */
  static List<FacetCount> years(PostOrdinals ordinals, PostOrdinals.Counts counts) {
    return counted(counts.years(), ordinals::year).stream()
        .sorted(Comparator.comparing(FacetCount::value).reversed()).toList();
  }

  private static List<FacetCount> counted(int[] counts, IntFunction<String> label) {
    List<FacetCount> values = new ArrayList<>();
    for (int ordinal = 0; ordinal < counts.length; ordinal++) {
      if (counts[ordinal] > 0) {
        values.add(new FacetCount(label.apply(ordinal), counts[ordinal]));
      }
    }
    return values;
  }
}
