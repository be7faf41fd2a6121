package org.blogsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.ParsedQuery.Clause;
import org.blogsearch.engine.ParsedQuery.DatedBetween;
import org.blogsearch.engine.ParsedQuery.InTitle;
import org.blogsearch.engine.ParsedQuery.Phrase;
import org.blogsearch.engine.ParsedQuery.Tagged;
import org.blogsearch.engine.ParsedQuery.Word;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

  private static Clause must(ParsedQuery.Condition... anyOf) {
    return new Clause(List.of(anyOf), false);
  }

  private static Clause mustNot(ParsedQuery.Condition condition) {
    return new Clause(List.of(condition), true);
  }

  @Test
  void wordsAreEachRequired() {
    assertEquals(List.of(must(new Word("lucene")), must(new Word("java"))),
        QuerySyntax.parse("lucene  java").clauses());
  }

  @Test
  void quotedTextIsAPhrase() {
    assertEquals(List.of(must(new Phrase("known item search")), must(new Word("blog"))),
        QuerySyntax.parse("\"known item search\" blog").clauses());
  }

  @Test
  void minusExcludesAWord() {
    assertEquals(List.of(must(new Word("systemd")), mustNot(new Word("nginx"))),
        QuerySyntax.parse("systemd -nginx").clauses());
  }

  @Test
  void orJoinsTheWordsAroundIt() {
    assertEquals(List.of(must(new Word("hugo"), new Word("jekyll"), new Word("zola")), must(new Word("theme"))),
        QuerySyntax.parse("hugo OR jekyll OR zola theme").clauses());
  }

  @Test
  void lowerCaseOrIsAWord() {
    assertEquals(3, QuerySyntax.parse("this or that").clauses().size());
  }

  @Test
  void fieldsAreRead() {
    assertEquals(List.of(must(new InTitle("nginx", false)), must(new InTitle("typo tolerance", true)),
            must(new Tagged("Service Mesh")), must(new Tagged("howto"))),
        QuerySyntax.parse("title:nginx title:\"typo tolerance\" tag:\"Service Mesh\" TAG:howto").clauses());
  }

  @Test
  void dateRangeIsReadWithOpenBounds() {
    assertEquals(List.of(must(new DatedBetween(Optional.of(LocalDate.of(2018, 1, 1)),
            Optional.of(LocalDate.of(2018, 12, 31))))),
        QuerySyntax.parse("date:[2018-01-01 TO 2018-12-31]").clauses());
    assertEquals(List.of(must(new DatedBetween(Optional.of(LocalDate.of(2020, 3, 1)), Optional.empty()))),
        QuerySyntax.parse("date:[2020-03 TO *]").clauses());
    assertEquals(List.of(must(new DatedBetween(Optional.of(LocalDate.of(2019, 1, 1)),
            Optional.of(LocalDate.of(2019, 12, 31))))),
        QuerySyntax.parse("date:2019").clauses());
  }

  @Test
  void invalidSyntaxIsReadAsPlainWords() {
    assertEquals(List.of(must(new Word("date:[2018-13-45")), must(new Word("TO")), must(new Word("soon]"))),
        QuerySyntax.parse("date:[2018-13-45 TO soon]").clauses());
    assertEquals(List.of(must(new Word("title:"))), QuerySyntax.parse("title:").clauses());
    assertEquals(List.of(must(new Word("C++")), must(new Word("(2018)"))), QuerySyntax.parse("C++ (2018)").clauses());
    assertEquals(List.of(must(new Word("unclosed")), must(new Word("quote"))),
        QuerySyntax.parse("\"unclosed quote").clauses());
  }

  @Test
  void danglingOrAndLoneMinusAreHarmless() {
    assertEquals(List.of(must(new Word("rust"))), QuerySyntax.parse("OR rust OR").clauses());
    assertEquals(List.of(must(new Word("-"))), QuerySyntax.parse(" - ").clauses());
  }

  @Test
  void blankTextHasNoClauses() {
    assertEquals(List.of(), QuerySyntax.parse("   ").clauses());
    assertEquals(List.of(), QuerySyntax.parse("\"\"").clauses());
  }

  @Test
  void onlyFiltersAndExclusionsHaveNoWords() {
    assertFalse(QuerySyntax.parse("tag:java -nginx date:2019").hasWords());
    assertTrue(QuerySyntax.parse("tag:java lucene").hasWords());
    assertTrue(QuerySyntax.parse("tag:java OR lucene").hasWords());
  }
}
