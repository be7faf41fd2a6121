package org.blogsearch.search;

import org.blogsearch.engine.FacetCount;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.blogsearch.index.Schema;

/**
 * Counts tags and years over the posts a query matched. The per-reader ordinal maps the counts need
 * are built once per index snapshot, not per query. Thread-safe.
 */
final class FacetCounter {

  private static final int MAX_TAGS = 50;

  private final AtomicReference<States> states = new AtomicReference<>();

  /** The most used tags among {@code matches}, at most fifty: as many chips as a reader can scan. */
  List<FacetCount> tags(IndexReader reader, FacetsCollector matches) throws IOException {
    return byCount(new StringValueFacetCounts(statesFor(reader).tags(), matches).getTopChildren(MAX_TAGS, Schema.TAG));
  }

  /** Every tag among {@code matches}. */
  List<FacetCount> allTags(IndexReader reader, FacetsCollector matches) throws IOException {
    return byCount(new StringValueFacetCounts(statesFor(reader).tags(), matches).getAllChildren(Schema.TAG));
  }

  private static List<FacetCount> byCount(FacetResult result) {
    return counts(result).sorted(Comparator.comparingLong(FacetCount::count).reversed()
        .thenComparing(FacetCount::value)).toList();
  }

  List<FacetCount> years(IndexReader reader, FacetsCollector matches) throws IOException {
    FacetResult result = new StringValueFacetCounts(statesFor(reader).years(), matches)
        .getAllChildren(Schema.YEAR);
    return counts(result).sorted(Comparator.comparing(FacetCount::value).reversed()).toList();
  }

  private static Stream<FacetCount> counts(FacetResult result) {
    if (result == null) {
      return Stream.empty();
    }
    return Arrays.stream(result.labelValues)
        .map((LabelAndValue lv) -> new FacetCount(lv.label, lv.value.longValue()));
  }

  private States statesFor(IndexReader reader) throws IOException {
    States current = states.get();
    if (current != null && current.reader() == reader) {
      return current;
    }
    States fresh = new States(reader,
        new StringDocValuesReaderState(reader, Schema.TAG),
        new StringDocValuesReaderState(reader, Schema.YEAR));
    states.set(fresh);
    return fresh;
  }

  private record States(IndexReader reader, StringDocValuesReaderState tags, StringDocValuesReaderState years) {}
}
