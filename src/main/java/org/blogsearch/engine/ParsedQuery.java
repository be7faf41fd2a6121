package org.blogsearch.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The query text as the syntax reads it, independent of any engine: a list of clauses that must all
 * hold, each either one condition or alternatives joined by {@code OR}.
 */
public record ParsedQuery(List<Clause> clauses) {

  public ParsedQuery {
    clauses = List.copyOf(clauses);
  }

  /**
   * Whether some clause asks for words rather than only filtering or excluding: without one, every
   * hit would score the same, and the newest posts come first instead.
   */
  public boolean hasWords() {
    return clauses.stream().anyMatch(c -> !c.negated() && c.anyOf().stream().anyMatch(ParsedQuery::isWords));
  }

  /** How many clauses ask for words, each of them alone. */
  public int wordClauses() {
    return (int) clauses.stream().filter(c -> !c.negated() && c.anyOf().stream().allMatch(ParsedQuery::isWords))
        .count();
  }

  /** The query without {@code dropped} clauses. */
  public ParsedQuery without(List<Clause> dropped) {
    return new ParsedQuery(clauses.stream().filter(c -> !dropped.contains(c)).toList());
  }

  /** Whether a condition is about the text rather than a filter on tags or dates. */
  public static boolean isWords(Condition condition) {
    return !(condition instanceof Tagged || condition instanceof DatedBetween);
  }

  /** One condition a post must meet ({@code negated}: must not meet). */
  public record Clause(List<Condition> anyOf, boolean negated) {
    public Clause {
      anyOf = List.copyOf(anyOf);
      if (anyOf.isEmpty()) {
        throw new IllegalArgumentException("a clause needs at least one condition");
      }
    }

    /** The word, when the clause asks for one plain word and nothing else. */
    public Optional<String> plainWord() {
      return !negated && anyOf.size() == 1 && anyOf.getFirst() instanceof Word(String text)
          ? Optional.of(text) : Optional.empty();
    }
  }

  /** The conditions the syntax can express. */
  public sealed interface Condition {}

  /** A word, looked for in every searched field. */
  public record Word(String text) implements Condition {}

  /** Words in this order, next to each other, in any searched field. */
  public record Phrase(String text) implements Condition {}

  /** A word or a phrase in the title only. */
  public record InTitle(String text, boolean phrase) implements Condition {}

  /** A tag the post carries (case-insensitive). */
  public record Tagged(String tag) implements Condition {}

  /** A range of written dates, inclusive, each bound optional. */
  public record DatedBetween(Optional<LocalDate> from, Optional<LocalDate> to) implements Condition {}
}
