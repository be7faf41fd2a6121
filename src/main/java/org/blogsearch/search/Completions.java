package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.blogsearch.index.Schema;

/**
 * Completions for a query being typed: its last word completed from the words of published posts,
 * most used first, then the titles of the posts the whole text begins to match. Thread-safe.
 */
final class Completions {

  private static final int TITLES = 3;

  private final QueryBuilder builder = new ExactFirstQueryBuilder();
  private final Vocabulary vocabulary;

  Completions(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * @param published excludes what must not be served; a word counts only if such a post holds it
   */
  List<String> of(IndexSearcher searcher, String text, int size, Query published) throws IOException {
    String typed = text.stripLeading();
    int lastSpace = Math.max(typed.lastIndexOf(' '), typed.lastIndexOf('\t'));
    String before = typed.substring(0, lastSpace + 1);
    String last = typed.substring(lastSpace + 1);
    Optional<String> prefix = last.isEmpty() ? Optional.empty() : Vocabulary.plainWord(last);
    if (prefix.isEmpty()) {
      return List.of();
    }
    Set<String> suggestions = new LinkedHashSet<>();
    if (searcher.count(QueryFactory.holding(prefix.get(), published)) > 0) {
      suggestions.add(before + prefix.get());
    }
    for (String word : words(searcher, prefix.get(), size, published)) {
      suggestions.add(before + word);
    }
    for (String title : titles(searcher, before, prefix.get(), published)) {
      suggestions.add(title);
    }
    return suggestions.stream().limit(size).toList();
  }

  private List<String> words(IndexSearcher searcher, String prefix, int size, Query published)
      throws IOException {
    List<String> words = new ArrayList<>();
    for (String word : vocabulary.completions(searcher.getIndexReader(), prefix, 2 * size)) {
      if (words.size() < size && searcher.count(QueryFactory.holding(word, published)) > 0) {
        words.add(word);
      }
    }
    return words;
  }

  private List<String> titles(IndexSearcher searcher, String before, String prefix, Query published)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(Schema.TITLE, prefix)), Occur.MUST)
        .add(published, Occur.FILTER);
    if (!before.isBlank()) {
      Query words = builder.createBooleanQuery(Schema.TITLE, before, Occur.MUST);
      if (words != null) {
        query.add(words, Occur.MUST);
      }
    }
    List<String> titles = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), TITLES).scoreDocs) {
      titles.add(searcher.storedFields().document(hit.doc, Set.of(Schema.TITLE)).get(Schema.TITLE));
    }
    return titles;
  }
}
