package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.blogsearch.index.Schema;

/**
 * The tags, year and place by path of every post of one index snapshot, held as numbers in memory:
 * counting tags and years over a query's matches is an increment per match, done in the same pass
 * that ranks them, and breaking a tie by path compares two numbers instead of two paths read from
 * the index. A blog's posts carry a few tags each: the arrays take a few bytes a post. Immutable,
 * so thread-safe.
 */
final class PostOrdinals {

  private final IndexReader reader;
  private final String[] tags;
  private final String[] years;
  /** Indexed by the leaf's ordinal in {@link #reader}. */
  private final Leaf[] leaves;

  /**
   * One segment's posts: the tags of post {@code doc} are {@code tags[tagStart[doc] ..
   * tagStart[doc + 1])}, its year {@code year[doc]} (-1 when undated); both as indexes into the
   * snapshot's labels. {@code pathRank[doc]} is its place among the snapshot's posts by path.
   */
  private record Leaf(int[] tagStart, int[] tags, int[] year, int[] pathRank) {}

  /** How many matching posts carry each tag and each year, and how many matched in all. */
  record Counts(int[] tags, int[] years, long total) {}

  private PostOrdinals(IndexReader reader, String[] tags, String[] years, Leaf[] leaves) {
    this.reader = reader;
    this.tags = tags;
    this.years = years;
    this.leaves = leaves;
  }

  static PostOrdinals of(IndexReader reader) throws IOException {
    Labels tagLabels = new Labels();
    Labels yearLabels = new Labels();
    List<LeafReaderContext> contexts = reader.leaves();
    int[][] pathRanks = pathRanks(contexts);
    Leaf[] leaves = new Leaf[contexts.size()];
    for (LeafReaderContext context : contexts) {
      LeafReader leaf = context.reader();
      int maxDoc = leaf.maxDoc();
      int[] tagStart = new int[maxDoc + 1];
      int[] tagOrds = collect(DocValues.getSortedSet(leaf, Schema.TAG), tagLabels, maxDoc, tagStart);
      int[] yearStart = new int[maxDoc + 1];
      int[] yearOrds = collect(DocValues.getSortedSet(leaf, Schema.YEAR), yearLabels, maxDoc, yearStart);
      int[] year = new int[maxDoc];
      for (int doc = 0; doc < maxDoc; doc++) {
        year[doc] = yearStart[doc] == yearStart[doc + 1] ? -1 : yearOrds[yearStart[doc]];
      }
      leaves[context.ord] = new Leaf(tagStart, tagOrds, year, pathRanks[context.ord]);
    }
    return new PostOrdinals(reader, tagLabels.all(), yearLabels.all(), leaves);
  }

  IndexReader reader() {
    return reader;
  }

  String tag(int ordinal) {
    return tags[ordinal];
  }

  String year(int ordinal) {
    return years[ordinal];
  }

  /** Ascending by path: the order that breaks ties, so that equal scores or dates always list alike. */
  SortField byPath() {
    return new SortField(Schema.ID, new FieldComparatorSource() {
      @Override
      public FieldComparator<?> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new PathComparator(numHits);
      }
    });
  }

  /** Counts the tags and years of every post a search matches, beside whatever else collects them. */
  CollectorManager<Tally, Counts> counting() {
    return new CollectorManager<>() {
      @Override
      public Tally newCollector() {
        return new Tally();
      }

      @Override
      public Counts reduce(Collection<Tally> tallies) {
        int[] tagCounts = new int[tags.length];
        int[] yearCounts = new int[years.length];
        long total = 0;
        for (Tally tally : tallies) {
          add(tagCounts, tally.tagCounts);
          add(yearCounts, tally.yearCounts);
          total += tally.total;
        }
        return new Counts(tagCounts, yearCounts, total);
      }
    };
  }

  private static void add(int[] sum, int[] counts) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += counts[i];
    }
  }

  /** One search slice's counts; the doc values were read when the snapshot was opened. */
  final class Tally extends SimpleCollector {
    private final int[] tagCounts = new int[tags.length];
    private final int[] yearCounts = new int[years.length];
    private long total;
    private Leaf leaf;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      leaf = leaves[context.ord];
    }

    @Override
    public void setScorer(Scorable scorer) {
      // Counting needs no score.
    }

    @Override
    public void collect(int doc) {
      total++;
      for (int i = leaf.tagStart[doc], end = leaf.tagStart[doc + 1]; i < end; i++) {
        tagCounts[leaf.tags[i]]++;
      }
      int year = leaf.year[doc];
      if (year >= 0) {
        yearCounts[year]++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Compares posts by their place by path; the path itself is never read. */
  private final class PathComparator extends FieldComparator<Integer> implements LeafFieldComparator {
    private final int[] slots;
    private int[] ranks;
    private int bottom;
    private int top;

    PathComparator(int numHits) {
      slots = new int[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      return Integer.compare(slots[slot1], slots[slot2]);
    }

    @Override
    public void setTopValue(Integer value) {
      top = value;
    }

    @Override
    public Integer value(int slot) {
      return slots[slot];
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) {
      ranks = leaves[context.ord].pathRank;
      return this;
    }

    @Override
    public void setBottom(int slot) {
      bottom = slots[slot];
    }

    @Override
    public int compareBottom(int doc) {
      return Integer.compare(bottom, ranks[doc]);
    }

    @Override
    public int compareTop(int doc) {
      return Integer.compare(top, ranks[doc]);
    }

    @Override
    public void copy(int slot, int doc) {
      slots[slot] = ranks[doc];
    }

    @Override
    public void setScorer(Scorable scorer) {
      // The path order needs no score.
    }
  }

  /** Each post's place among all the snapshot's posts by path, per segment; posts without one last. */
  private static int[][] pathRanks(List<LeafReaderContext> contexts) throws IOException {
    record Entry(BytesRef path, int leaf, int doc) {}
    List<Entry> entries = new ArrayList<>();
    int[][] ranks = new int[contexts.size()][];
    for (LeafReaderContext context : contexts) {
      ranks[context.ord] = new int[context.reader().maxDoc()];
      Arrays.fill(ranks[context.ord], Integer.MAX_VALUE);
      SortedSetDocValues paths = DocValues.getSortedSet(context.reader(), Schema.ID);
      for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
        entries.add(new Entry(BytesRef.deepCopyOf(paths.lookupOrd(paths.nextOrd())), context.ord, doc));
      }
    }
    entries.sort(Comparator.comparing(Entry::path));
    for (int rank = 0; rank < entries.size(); rank++) {
      ranks[entries.get(rank).leaf()][entries.get(rank).doc()] = rank;
    }
    return ranks;
  }

  /**
   * Reads one segment's values of a field into {@code start} (each post's first index into the
   * returned array, and one past the last post's) and the returned labels' indexes.
   */
  private static int[] collect(SortedSetDocValues values, Labels labels, int maxDoc, int[] start) throws IOException {
    int[] global = new int[(int) values.getValueCount()];
    for (int ord = 0; ord < global.length; ord++) {
      global[ord] = labels.indexOf(values.lookupOrd(ord).utf8ToString());
    }
    int[] ords = new int[Math.max(16, maxDoc)];
    int size = 0;
    int doc = 0;
    for (int next = values.nextDoc(); next != DocIdSetIterator.NO_MORE_DOCS; next = values.nextDoc()) {
      while (doc <= next) {
        start[doc++] = size;
      }
      for (int i = 0, count = values.docValueCount(); i < count; i++) {
        if (size == ords.length) {
          ords = Arrays.copyOf(ords, 2 * size);
        }
        ords[size++] = global[(int) values.nextOrd()];
      }
    }
    while (doc <= maxDoc) {
      start[doc++] = size;
    }
    return Arrays.copyOf(ords, size);
  }

  /** The distinct values of a field across the snapshot's segments, numbered as first met. */
  private static final class Labels {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> labels = new ArrayList<>();

    int indexOf(String label) {
      return index.computeIfAbsent(label, added -> {
        labels.add(added);
        return labels.size() - 1;
      });
    }

    String[] all() {
      return labels.toArray(String[]::new);
    }
  }
}
