package org.blogsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.blogsearch.engine.QuerySyntax;
import org.junit.jupiter.api.Test;

class SolrQueriesTest {

  private static Optional<String> everyWord(String query) {
    return SolrQueries.everyWord(QuerySyntax.parse(query), 2f);
  }

  @Test
  void everyPlainWordIsRequiredInTheBonus() {
    assertEquals(Optional.of("words:(+service +worker +cache)^2.0"), everyWord("service worker cache"));
  }

  @Test
  void onlyPlainWordsCount() {
    // A phrase, a title: word, an OR group, an excluded word, a tag and a date are not plain words.
    assertEquals(Optional.of("words:(+service +worker)^2.0"),
        everyWord("service \"cache storage\" title:fetch push OR sync -chrome tag:pwa date:2020 worker"));
  }

  @Test
  void oneWordEarnsNoBonus() {
    assertEquals(Optional.empty(), everyWord("lucene"));
    assertEquals(Optional.empty(), everyWord("lucene \"known item\" -java"));
    assertEquals(Optional.empty(), everyWord(""));
  }

  @Test
  void wordsAreEscaped() {
    assertEquals(Optional.of("words:(+C\\+\\+ +\\(2018\\) +a\\:b)^2.0"), everyWord("C++ (2018) a:b"));
    // Operators of the standard syntax, which would make Solr refuse the whole search.
    assertEquals(Optional.of("words:(+rock +\\AND +roll +\\NOT +\\&\\&)^2.0"), everyWord("rock AND roll NOT &&"));
  }
}
