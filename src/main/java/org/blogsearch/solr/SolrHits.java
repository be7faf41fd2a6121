package org.blogsearch.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.blogsearch.engine.SearchHit;

/**
 * Turns Solr's documents and highlights into hits: the snippet is Solr's, marked and escaped, from the
 * prose, else from the code; without one, the summary, else the opening of the prose. Thread-safe.
 */
final class SolrHits {

  static final int SNIPPET_CHARS = 200;
  static final String[] FIELDS = {SolrFields.ID, SolrFields.PATH, SolrFields.SLUG, SolrFields.URL, SolrFields.TITLE,
      SolrFields.SUMMARY, SolrFields.BODY, SolrFields.DATE, SolrFields.TAG_DISPLAY, SolrFields.CATEGORY_DISPLAY,
      "score"};

  List<SearchHit> read(SolrDocumentList docs, Map<String, Map<String, List<String>>> highlighting) {
    List<SearchHit> hits = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      Map<String, List<String>> marked = highlighting == null ? Map.of()
          : highlighting.getOrDefault((String) doc.getFirstValue(SolrFields.ID), Map.of());
      Object date = doc.getFirstValue(SolrFields.DATE);
      Object score = doc.getFirstValue("score");
      hits.add(new SearchHit(
          text(doc, SolrFields.PATH),
          text(doc, SolrFields.SLUG),
          text(doc, SolrFields.URL),
          text(doc, SolrFields.TITLE),
          date == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(((Number) date).longValue())),
          values(doc, SolrFields.TAG_DISPLAY),
          values(doc, SolrFields.CATEGORY_DISPLAY),
          snippet(doc, marked),
          score == null ? 0f : ((Number) score).floatValue()));
    }
    return hits;
  }

  private static String snippet(SolrDocument doc, Map<String, List<String>> marked) {
    for (String field : List.of(SolrFields.BODY, SolrFields.CODE)) {
      List<String> snippets = marked.getOrDefault(field, List.of());
      if (!snippets.isEmpty() && snippets.getFirst().contains("<mark>")) {
        return snippets.getFirst().strip();
      }
    }
    String summary = text(doc, SolrFields.SUMMARY);
    return escape(summary.isBlank() ? opening(text(doc, SolrFields.BODY)) : summary);
  }

  /** The prose's first words, cut at a space before {@link #SNIPPET_CHARS}. */
  private static String opening(String body) {
    String text = body.strip().replaceAll("\\s+", " ");
    if (text.length() <= SNIPPET_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
    return text.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " …";
  }

  private static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }

  private static String text(SolrDocument doc, String field) {
    return Objects.toString(doc.getFirstValue(field), "");
  }

  private static List<String> values(SolrDocument doc, String field) {
    return doc.getFieldValues(field) == null ? List.of()
        : doc.getFieldValues(field).stream().map(Object::toString).toList();
  }
}
