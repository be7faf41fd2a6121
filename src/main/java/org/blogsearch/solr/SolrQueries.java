package org.blogsearch.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.blogsearch.index.Schema;
import org.blogsearch.engine.ParsedQuery;
import org.blogsearch.engine.ParsedQuery.Clause;
import org.blogsearch.engine.ParsedQuery.Condition;
import org.blogsearch.engine.SearchRequest;

/**
 * Writes a parsed query and a request's filters in Solr's syntax: the words for edismax, everything
 * that only filters as filter queries, which never change scores. Stateless.
 */
final class SolrQueries {

  /** The filter tags that facet counts leave out, so a reader sees what choosing another would give. */
  static final String TAG_FILTER = "tags";
  static final String DATE_FILTER = "dates";

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private SolrQueries() {}

  /** The words of {@code parsed} for edismax; empty when it asks for none. */
  static Optional<String> words(ParsedQuery parsed) {
    List<String> parts = new ArrayList<>();
    for (Clause clause : parsed.clauses()) {
      if (isFilter(clause)) {
        continue;
      }
      String any = clause.anyOf().stream().map(SolrQueries::condition).collect(Collectors.joining(" OR "));
      String part = clause.anyOf().size() > 1 ? "(" + any + ")" : any;
      parts.add(clause.negated() ? "-" + part : part);
    }
    boolean positive = parts.stream().anyMatch(part -> !part.startsWith("-"));
    return parts.isEmpty() ? Optional.empty()
        : Optional.of(positive ? String.join(" ", parts) : "*:* " + String.join(" ", parts));
  }

  /**
   * The bonus of a post holding every plain word of {@code parsed}, as edismax's {@code bq}: the
   * words, each required, on the field of every word a reader sees as written, weighted by
   * {@code weight}. That field keeps neither norms nor frequencies, so the bonus is in proportion to
   * the words' summed rarity, as the embedded engine's is. Empty for fewer than two plain words
   * (the words of a phrase, a {@code title:} or an {@code OR} group, and excluded words, are not
   * plain words).
   */
  static Optional<String> everyWord(ParsedQuery parsed, float weight) {
    List<String> words = new ArrayList<>();
    for (Clause clause : parsed.clauses()) {
      if (!clause.negated() && clause.anyOf().size() == 1 && clause.anyOf().getFirst() instanceof ParsedQuery.Word word) {
        String escaped = ClientUtils.escapeQueryChars(word.text());
        // The standard syntax reads these as operators, even after a +: escaped, they are words.
        words.add("+" + (OPERATORS.contains(escaped) ? "\\" + escaped : escaped));
      }
    }
    return words.size() < 2 ? Optional.empty()
        : Optional.of(SolrFields.WORDS + ":(" + String.join(" ", words) + ")^" + weight);
  }

  /** The clauses of {@code parsed} that only filter (a tag, a date range), one filter query each. */
  static List<String> filters(ParsedQuery parsed) {
    return parsed.clauses().stream().filter(SolrQueries::isFilter)
        .map(clause -> (clause.negated() ? "-" : "") + (clause.anyOf().size() > 1
            ? "(" + clause.anyOf().stream().map(SolrQueries::condition).collect(Collectors.joining(" OR ")) + ")"
            : condition(clause.anyOf().getFirst())))
        .toList();
  }

  /** The request's tag filter, tagged so the tag counts leave it out. */
  static Optional<String> tagFilter(SearchRequest request) {
    if (request.tags().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("{!tag=" + TAG_FILTER + "}" + request.tags().stream()
        .map(tag -> "+" + SolrFields.TAG + ":" + term(Schema.normalizeTag(tag))).collect(Collectors.joining(" ")));
  }

  /** The request's date bounds, tagged so the year counts leave them out. */
  static Optional<String> dateFilter(SearchRequest request) {
    if (request.from().isEmpty() && request.to().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("{!tag=" + DATE_FILTER + "}" + dateRange(request.from(), request.to()));
  }

  /** The posts served at {@code now}: neither scheduled after it nor expired by it. */
  static String published(Instant now) {
    long millis = now.toEpochMilli();
    return "-" + SolrFields.PUBLISHES + ":{" + millis + " TO *] -" + SolrFields.EXPIRES + ":[* TO " + millis + "]";
  }

  static String site(String site) {
    return SolrFields.SITE + ":" + term(site);
  }

  /** A value as one term of the standard syntax, whatever characters it holds. */
  static String term(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static boolean isFilter(Clause clause) {
    return clause.anyOf().stream().allMatch(c -> c instanceof ParsedQuery.Tagged || c instanceof ParsedQuery.DatedBetween);
  }

  private static String condition(Condition condition) {
    return switch (condition) {
      case ParsedQuery.Word word -> ClientUtils.escapeQueryChars(word.text());
      case ParsedQuery.Phrase phrase -> term(phrase.text());
      case ParsedQuery.InTitle title -> SolrFields.TITLE + ":"
          + (title.phrase() ? term(title.text()) : ClientUtils.escapeQueryChars(title.text()));
      case ParsedQuery.Tagged tagged -> SolrFields.TAG + ":" + term(Schema.normalizeTag(tagged.tag()));
      case ParsedQuery.DatedBetween dated -> dateRange(dated.from(), dated.to());
    };
  }

  private static String dateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
    return SolrFields.DATE + ":[" + from.map(date -> Long.toString(date.toEpochDay())).orElse("*") + " TO "
        + to.map(date -> Long.toString(date.toEpochDay())).orElse("*") + "]";
  }
}
