package org.blogsearch.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.blogsearch.engine.ParsedQuery.Clause;
import org.blogsearch.engine.ParsedQuery.Condition;
import org.blogsearch.engine.ParsedQuery.DatedBetween;
import org.blogsearch.engine.ParsedQuery.InTitle;
import org.blogsearch.engine.ParsedQuery.Phrase;
import org.blogsearch.engine.ParsedQuery.Tagged;
import org.blogsearch.engine.ParsedQuery.Word;

/**
 * Reads the query syntax: words, {@code "phrases"}, {@code -word}, {@code OR}, {@code title:},
 * {@code tag:} and {@code date:[A TO B]}. Text typed into a search box is never an error: whatever is
 * not valid syntax is read as plain words. Stateless and thread-safe.
 */
public final class QuerySyntax {

  private static final List<String> FIELDS = List.of("title:", "tag:", "date:");

  private QuerySyntax() {}

  public static ParsedQuery parse(String text) {
    List<Item> items = new Scanner(text).items();
    List<Clause> clauses = new ArrayList<>();
    List<Condition> alternatives = new ArrayList<>();
    boolean joinNext = false;
    for (Item item : items) {
      if (item instanceof Item.Or) {
        joinNext = !alternatives.isEmpty();
        continue;
      }
      Item.Part part = (Item.Part) item;
      boolean joins = joinNext && !part.negated() && part.conditions().size() == 1;
      joinNext = false;
      if (joins) {
        alternatives.add(part.conditions().getFirst());
        continue;
      }
      flush(clauses, alternatives);
      if (part.negated()) {
        part.conditions().forEach(c -> clauses.add(new Clause(List.of(c), true)));
      } else {
        // Plain words from a fallback each become their own clause; only the last can take an OR.
        List<Condition> conditions = part.conditions();
        conditions.subList(0, conditions.size() - 1).forEach(c -> clauses.add(new Clause(List.of(c), false)));
        alternatives.add(conditions.getLast());
      }
    }
    flush(clauses, alternatives);
    return new ParsedQuery(clauses);
  }

  /**
   * How many words {@code text} searches, as the syntax reads it: a plain word, a tag or a date range
   * is one, a phrase as many as it holds, and {@code OR} none. What a limit on words must count: a
   * quote inside a word ({@code a"b"c}) makes it several.
   */
  public static long wordCount(String text) {
    return parse(text).clauses().stream()
        .flatMap(clause -> clause.anyOf().stream())
        .mapToLong(QuerySyntax::words)
        .sum();
  }

  private static long words(Condition condition) {
    return switch (condition) {
      case Phrase(String text) -> spaced(text);
      case InTitle(String text, boolean phrase) -> spaced(text);
      case Word word -> 1;
      case Tagged tag -> 1;
      case DatedBetween range -> 1;
    };
  }

  /** The words of a phrase, split where the syntax splits words: at any Unicode space. */
  private static long spaced(String text) {
    long words = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean starts = !Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
      words += starts ? 1 : 0;
    }
    return words;
  }

  private static void flush(List<Clause> clauses, List<Condition> alternatives) {
    if (!alternatives.isEmpty()) {
      clauses.add(new Clause(alternatives, false));
      alternatives.clear();
    }
  }

  /** A piece of the text: an {@code OR}, or conditions with their sign. */
  private sealed interface Item {
    record Or() implements Item {}

    record Part(List<Condition> conditions, boolean negated) implements Item {}
  }

  /** Walks the text once, left to right. */
  private static final class Scanner {
    private final String text;
    private int pos;

    Scanner(String text) {
      this.text = text;
    }

    List<Item> items() {
      List<Item> items = new ArrayList<>();
      while (skipSpace()) {
        if (text.startsWith("OR", pos) && wordEnd(pos) == pos + 2) {
          items.add(new Item.Or());
          pos += 2;
          continue;
        }
        boolean negated = false;
        if ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && pos + 1 < text.length()
            && !Character.isWhitespace(text.charAt(pos + 1))) {
          negated = text.charAt(pos) == '-';
          pos++;
        }
        List<Condition> conditions = condition();
        if (!conditions.isEmpty()) {
          items.add(new Item.Part(conditions, negated));
        }
      }
      return items;
    }

    private boolean skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      return pos < text.length();
    }

    private List<Condition> condition() {
      String field = fieldAt(pos);
      if (field != null) {
        int valueStart = pos + field.length();
        Optional<Condition> fielded = fielded(field, valueStart);
        if (fielded.isPresent()) {
          return List.of(fielded.get());
        }
        return words(word());
      }
      if (text.charAt(pos) == '"') {
        int close = text.indexOf('"', pos + 1);
        if (close > pos) {
          String phrase = text.substring(pos + 1, close).strip();
          pos = close + 1;
          return phrase.isEmpty() ? List.of() : List.of(new Phrase(phrase));
        }
        pos++;
        return List.of();
      }
      return words(word());
    }

    /** Reads the value after {@code field}, or leaves the position alone if it is not valid. */
    private Optional<Condition> fielded(String field, int valueStart) {
      if (valueStart >= text.length() || Character.isWhitespace(text.charAt(valueStart))) {
        return Optional.empty();
      }
      char first = text.charAt(valueStart);
      if (field.equals("date:")) {
        int end = first == '[' ? text.indexOf(']', valueStart) + 1 : wordEnd(valueStart);
        if (end <= valueStart) {
          return Optional.empty();
        }
        Optional<Condition> range = dateRange(text.substring(valueStart, end));
        range.ifPresent(r -> pos = end);
        return range;
      }
      String value;
      boolean quoted = first == '"' && text.indexOf('"', valueStart + 1) > valueStart;
      int end = quoted ? text.indexOf('"', valueStart + 1) + 1 : wordEnd(valueStart);
      value = quoted ? text.substring(valueStart + 1, end - 1).strip() : text.substring(valueStart, end);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      pos = end;
      return Optional.of(field.equals("tag:") ? new Tagged(value) : new InTitle(value, quoted));
    }

    private String fieldAt(int at) {
      for (String field : FIELDS) {
        if (text.regionMatches(true, at, field, 0, field.length())) {
          return field;
        }
      }
      return null;
    }

    private String word() {
      int start = pos;
      pos = wordEnd(pos);
      return text.substring(start, pos);
    }

    private int wordEnd(int from) {
      int end = from;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      return end;
    }

    private static List<Condition> words(String raw) {
      String cleaned = raw.replace("\"", " ").strip();
      if (cleaned.isEmpty()) {
        return List.of();
      }
      return List.of(cleaned.split("\\s+")).stream().<Condition>map(Word::new).toList();
    }
  }

  /** {@code [A TO B]} with dates or {@code *}, or a single {@code YYYY[-MM[-DD]]} period. */
  static Optional<Condition> dateRange(String value) {
    try {
      if (value.startsWith("[") && value.endsWith("]")) {
        String[] bounds = value.substring(1, value.length() - 1).strip().split("\\s+(?i:TO)\\s+");
        if (bounds.length != 2) {
          return Optional.empty();
        }
        Optional<LocalDate> from = bound(bounds[0].strip(), true);
        Optional<LocalDate> to = bound(bounds[1].strip(), false);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
          return Optional.empty();
        }
        return Optional.of(new DatedBetween(from, to));
      }
      return Optional.of(new DatedBetween(
          Optional.of(DateBound.first("date", value)), Optional.of(DateBound.last("date", value))));
    } catch (InvalidRequestException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> bound(String text, boolean lower) {
    if (text.equals("*")) {
      return Optional.empty();
    }
    return Optional.of(lower ? DateBound.first("date", text) : DateBound.last("date", text));
  }
}
