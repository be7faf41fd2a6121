package org.blogsearch.search;

import org.blogsearch.engine.SearchHit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.blogsearch.index.Schema;
import org.blogsearch.semantic.PostText;

/**
 * Turns a page of matching documents into hits: what each post shows, and its snippet. Each hit's
 * stored fields are read once, for everything it shows. Thread-safe.
 */
final class HitReader {

  private static final Set<String> LOADED_FIELDS = Set.of(Schema.ID, Schema.BODY, Schema.SUMMARY,
      Schema.SLUG, Schema.URL, Schema.TITLE, Schema.DATE, Schema.TAG_DISPLAY, Schema.CATEGORY_DISPLAY);

  private final Snippets snippets = new Snippets();

  /**
   * The hits of {@code page}, their snippets marking what {@code query} matched.
   *
   * @param passages by document number, the passage nearest in meaning, when not the opening: a
   *     snippet without words to mark shows it
   */
  List<SearchHit> read(IndexSearcher searcher, Query query, ScoreDoc[] page, Map<Integer, Integer> passages)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>(page.length);
    Map<Integer, HitText> texts = new LinkedHashMap<>();
    for (ScoreDoc hit : page) {
      Document doc = stored.document(hit.doc, LOADED_FIELDS);
      docs.add(doc);
      String body = text(doc, Schema.BODY);
      texts.put(hit.doc, new HitText(body, text(doc, Schema.SUMMARY),
          PostText.passageStart(body, passages.getOrDefault(hit.doc, 0))));
    }
    String[] snippetTexts = snippets.of(searcher, query, texts);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = docs.get(i);
      IndexableField date = doc.getField(Schema.DATE);
      hits.add(new SearchHit(
          doc.get(Schema.ID),
          doc.get(Schema.SLUG),
          doc.get(Schema.URL),
          doc.get(Schema.TITLE),
          date == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(date.numericValue().longValue())),
          List.of(doc.getValues(Schema.TAG_DISPLAY)),
          List.of(doc.getValues(Schema.CATEGORY_DISPLAY)),
          snippetTexts[i],
          Float.isNaN(page[i].score) ? 0f : page[i].score));
    }
    return hits;
  }

  private static String text(Document doc, String field) {
    return Objects.requireNonNullElse(doc.get(field), "");
  }
}
