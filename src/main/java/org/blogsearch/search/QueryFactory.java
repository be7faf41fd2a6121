package org.blogsearch.search;

import org.blogsearch.engine.ParsedQuery;
import org.blogsearch.engine.SearchRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.blogsearch.index.Schema;
import org.blogsearch.engine.ParsedQuery.Clause;
import org.blogsearch.engine.ParsedQuery.Condition;
import org.blogsearch.engine.ParsedQuery.DatedBetween;
import org.blogsearch.engine.ParsedQuery.InTitle;
import org.blogsearch.engine.ParsedQuery.Phrase;
import org.blogsearch.engine.ParsedQuery.Tagged;
import org.blogsearch.engine.ParsedQuery.Word;

/**
 * Turns a request into one Lucene query with one score. The plain words each add their BM25F score
 * (see {@link WordQueries}); none is required, so a post missing a word still ranks, below those
 * holding them all, which earn a bonus in proportion to the words' rarity, and below those where the
 * words also stand close together. Phrases, {@code title:} and {@code OR} groups, which a reader
 * writes on purpose, must match; tags and dates (from the text or the request) only filter, so they
 * never change the order of hits. Thread-safe.
 */
final class QueryFactory {

  /**
   * The bonus of a post holding every word, per unit of the words' summed IDF: about what one more
   * occurrence of each would add. A reader who remembers three words of a post finds it above a post
   * holding the rarest alone many times (chrome-developers passages 0.82 to 0.88 MRR@10), while a
   * sentence that no post holds word for word ranks as plain BM25 would.
   */
  private static final float EVERY_WORD_WEIGHT = 1f;
  /** How far apart, in words, the query's words may stand and still count as close. */
  private static final int PROXIMITY_SLOP = 3;
  /** Half-remembered titles: proximity took title queries from 0.43-0.46 to 0.61-0.76 MRR@10. */
  private static final float PROXIMITY_WEIGHT = 1f;
  /** A word matching in several fields scores mostly by its best field, a little by the others. */
  private static final float TIE_BREAKER = 0.1f;
  /**
   * Above this many words, "a", "the" and their like are left out of the scoring: in a sentence they
   * would count wherever they are rare, such as in titles; in a short query they may be the title.
   */
  private static final int STOP_WORDS_KEPT_UP_TO = 2;
  /**
   * The words of one query that no post holds which are looked up for corrections; the others count
   * as unknown. A reader misspells a word or two, not dozens.
   */
  private static final int MAX_CORRECTED_WORDS = 8;
  /**
   * The word parts one query scores, phrases included: a dotted name or a run of Chinese characters
   * is several. Each costs at most 14 clauses (a phrase word in seven fields, as written and as its
   * stem), corrections and completions at most 189 in all, so a query stays under Lucene's 1,024
   * whatever its words; 40 parts hold any sentence a reader types.
   */
  private static final int MAX_SCORED_PARTS = 40;

  private final QueryBuilder builder = new ExactFirstQueryBuilder();
  private final WordQueries words;

  QueryFactory(Vocabulary vocabulary) {
    this.words = new WordQueries(vocabulary);
  }

  /**
   * The query, with what the reader may want to know about the words typed.
   *
   * @param query the whole query: the text, and the request's tags and dates as filters
   * @param text the query of the text alone, without the request's filters
   * @param marked what snippets mark: the words and phrases, without the bonuses that only rank
   * @param unmatched the words no post holds in any form, corrected or completed
   * @param corrections for each word no post holds as typed, the closest word the posts hold
   * @param everyWord the posts holding every plain word scored, in some form (none when no word is)
   */
  record Built(Query query, Query text, Query marked, List<String> unmatched, Map<String, String> corrections,
      Query everyWord) {}

  /**
   * The query for {@code request}, whose text reads as {@code parsed}, leaving out posts that are not
   * served at {@code now}: expired, or scheduled for later.
   */
  Built create(ParsedQuery parsed, SearchRequest request, Instant now, IndexSearcher searcher) throws IOException {
    TermLookups terms = new TermLookups(searcher);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<List<Query>> scored = new ArrayList<>();
    BooleanQuery.Builder every = new BooleanQuery.Builder();
    BooleanQuery.Builder marked = new BooleanQuery.Builder();
    List<String> typedWords = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    Map<String, String> corrections = new LinkedHashMap<>();
    WordQueries.Budget budget = new WordQueries.Budget(MAX_SCORED_PARTS, MAX_CORRECTED_WORDS);
    boolean scoring = false;
    boolean required = false;
    int scoredWords = 0;
    double rarity = 0;
    List<Clause> clauses = parsed.clauses();
    int partial = partialClause(parsed, request.query());
    // Common words are left out of longer queries, unless they are all it has ("to be or not to be").
    boolean dropStopWords = parsed.wordClauses() > STOP_WORDS_KEPT_UP_TO && clauses.stream()
        .anyMatch(clause -> clause.plainWord().filter(word -> !isStopWord(word)).isPresent());
    for (int i = 0; i < clauses.size(); i++) {
      Clause clause = clauses.get(i);
      Optional<String> plain = clause.plainWord();
      if (plain.isPresent()) {
        typedWords.add(plain.get());
        if (dropStopWords && isStopWord(plain.get())) {
          continue;
        }
        WordQueries.Typed typed = words.of(plain.get(), i == partial, budget, terms);
        typed.correction().ifPresent(correction -> corrections.put(plain.get(), correction));
        if (typed.overBudget()
            || !typed.parts().isEmpty() && typed.parts().stream().allMatch(word -> word.idf() == 0)) {
          unmatched.add(plain.get());
        }
        for (WordQueries.Scored word : typed.parts()) {
          if (word.idf() == 0) {
            // It would match nothing, and keep every post from holding all the words.
            continue;
          }
          scored.add(WordsQuery.summed(word.query()));
          marked.add(word.marked(), Occur.SHOULD);
          every.add(word.held(), Occur.FILTER);
          rarity += word.idf();
          scoredWords++;
        }
        scoring = true;
        continue;
      }
      Optional<Query> condition = anyOf(clause, i == partial, budget, terms, corrections, unmatched);
      if (condition.isEmpty()) {
        continue;
      }
      boolean filterOnly = clause.anyOf().stream().noneMatch(ParsedQuery::isWords);
      Occur occur = clause.negated() ? Occur.MUST_NOT : filterOnly ? Occur.FILTER : Occur.MUST;
      required |= occur == Occur.MUST;
      query.add(condition.get(), occur);
      if (occur == Occur.MUST) {
        marked.add(condition.get(), Occur.SHOULD);
      }
    }
    scoring |= required;
    if (scoring && !required && scoredWords == 0) {
      // Every word typed is one no post holds, or has no searchable character.
      query.add(new MatchNoDocsQuery("no post holds " + unmatched), Occur.MUST);
    }
    if (scoredWords > 0) {
      List<WordForms> near = WordForms.of(String.join(" ", typedWords));
      query.add(new WordsQuery(scored, (float) (EVERY_WORD_WEIGHT * rarity),
          proximity(near.subList(0, Math.min(near.size(), MAX_SCORED_PARTS))).stream().toList()), Occur.MUST);
    }
    if (!scoring) {
      // Nothing scores (an empty query, only filters or exclusions, or words with no searchable
      // characters such as "++"): text that had words but none searchable matches nothing.
      query.add(parsed.hasWords() ? new MatchNoDocsQuery("no searchable words") : MatchAllDocsQuery.INSTANCE,
          Occur.MUST);
    }
    query.add(expiredBy(now), Occur.MUST_NOT);
    query.add(scheduledAfter(now), Occur.MUST_NOT);
    Query text = query.build();
    return new Built(filtered(text, request), text, marked.build(), unmatched.stream().distinct().toList(),
        corrections, scoredWords > 0 ? every.build() : new MatchNoDocsQuery("no word scored"));
  }

  /**
   * {@code text} with the tags and dates {@code request} asks for as filters: the facet counts that
   * leave out one of them reuse the text's query rather than build it again.
   */
  static Query filtered(Query text, SearchRequest request) {
    if (request.tags().isEmpty() && request.from().isEmpty() && request.to().isEmpty()) {
      return text;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
    for (String tag : request.tags()) {
      query.add(tagQuery(tag), Occur.FILTER);
    }
    if (request.from().isPresent() || request.to().isPresent()) {
      query.add(dateQuery(request.from(), request.to()), Occur.FILTER);
    }
    return query.build();
  }

  /** Every post that may be served at {@code now}. */
  static Query published(Instant now) {
    return new BooleanQuery.Builder()
        .add(MatchAllDocsQuery.INSTANCE, Occur.MUST)
        .add(expiredBy(now), Occur.MUST_NOT)
        .add(scheduledAfter(now), Occur.MUST_NOT)
        .build();
  }

  /**
   * The posts among {@code served} whose words as written include {@code word}. Document frequencies
   * still count deleted, expired and scheduled posts; one served holder is what counts.
   */
  static Query holding(String word, Query served) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.WORDS, word)), Occur.FILTER)
        .add(served, Occur.FILTER)
        .build();
  }

  private static Query expiredBy(Instant now) {
    return LongPoint.newRangeQuery(Schema.EXPIRES, Long.MIN_VALUE, now.toEpochMilli());
  }

  /**
   * Posts indexed ahead of their publish time, which is still to come: left out until it comes, so a
   * post appears on time without another index run.
   */
  private static Query scheduledAfter(Instant now) {
    return LongPoint.newRangeQuery(Schema.PUBLISHES, now.toEpochMilli() + 1, Long.MAX_VALUE);
  }

  /**
   * Rewards posts whose title holds the query's words close together, in the order typed and in the
   * form typed: a reader half-remembering a title types its words. A run of Chinese characters is
   * one typed word of several overlapping pairs, which stand close where the run is written. The same
   * in the body moved no set (passages, claims) and doubled the time to match; other forms of the
   * words moved no set either, and doubled the terms to look up.
   */
  private static Optional<Query> proximity(List<WordForms> words) {
    if (words.size() < 2) {
      return Optional.empty();
    }
    Query near = new PhraseQuery(PROXIMITY_SLOP, Schema.TITLE, words.stream().map(WordForms::asTyped)
        .toArray(String[]::new));
    return Optional.of(new BoostQuery(near, Schema.searchedFields().get(Schema.TITLE) * PROXIMITY_WEIGHT));
  }

  private static boolean isStopWord(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The clause whose last word the reader may still be typing, or -1: the text does not end in a
   * space, and its last clause is a plain word, which then also matches as a prefix.
   */
  private static int partialClause(ParsedQuery parsed, String text) {
    List<Clause> clauses = parsed.clauses();
    if (clauses.isEmpty() || text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1))) {
      return -1;
    }
    Clause last = clauses.getLast();
    return !last.negated() && last.anyOf().getLast() instanceof Word(String word) && text.endsWith(word)
        ? clauses.size() - 1 : -1;
  }

  /** A clause of alternatives joined by {@code OR}, or of one condition other than a plain word. */
  private Optional<Query> anyOf(Clause clause, boolean lastIsPartial, WordQueries.Budget budget, TermLookups terms,
      Map<String, String> corrections, List<String> overBudget) throws IOException {
    List<Condition> conditions = clause.anyOf();
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      Condition condition = conditions.get(i);
      if (condition instanceof Word(String text)) {
        WordQueries.Typed typed = words.of(text, lastIsPartial && i == conditions.size() - 1, budget, terms);
        if (!clause.negated()) {
          typed.correction().ifPresent(correction -> corrections.put(text, correction));
        }
        WordQueries.all(typed).ifPresent(queries::add);
        if (typed.overBudget()) {
          overBudget.add(text);
        }
      } else if (withinBudget(condition, budget)) {
        toQuery(condition).ifPresent(queries::add);
      } else {
        overBudget.add(typedAs(condition));
      }
    }
    if (queries.size() <= 1) {
      return queries.stream().findFirst();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return Optional.of(any.build());
  }

  /** Whether the words of a phrase or of a {@code title:} condition fit in what the query may spend. */
  private static boolean withinBudget(Condition condition, WordQueries.Budget budget) {
    return budget.takeAllParts(WordForms.of(typedAs(condition)).size());
  }

  /** A phrase or a {@code title:} condition as the reader typed it. */
  private static String typedAs(Condition condition) {
    return switch (condition) {
      case Phrase(String text) -> '"' + text + '"';
      case InTitle(String text, boolean phrase) -> "title:" + (phrase ? '"' + text + '"' : text);
      default -> "";
    };
  }

  /** A condition other than a word, which {@link WordQueries} scores. */
  private Optional<Query> toQuery(Condition condition) {
    return switch (condition) {
      case Word(String text) -> throw new IllegalArgumentException("a word is scored by WordQueries: " + text);
      case Phrase(String text) -> phrase(text);
      case InTitle(String text, boolean phrase) -> inTitle(text, phrase);
      case Tagged(String tag) -> Optional.of(tagQuery(tag));
      case DatedBetween(Optional<LocalDate> from, Optional<LocalDate> to) -> Optional.of(dateQuery(from, to));
    };
  }

  /** Words in this order, next to each other, in any searched field. */
  private Optional<Query> phrase(String text) {
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> field : Schema.searchedFields().entrySet()) {
      Query phrase = builder.createPhraseQuery(field.getKey(), text);
      if (phrase != null) {
        perField.add(new BoostQuery(phrase, field.getValue()));
      }
    }
    return perField.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(perField, TIE_BREAKER));
  }

  /** Every word of {@code text} in the title, or the phrase; absent when it has no searchable word. */
  private Optional<Query> inTitle(String text, boolean phrase) {
    Query query = phrase ? builder.createPhraseQuery(Schema.TITLE, text)
        : builder.createBooleanQuery(Schema.TITLE, text, Occur.MUST);
    return Optional.ofNullable(query);
  }

  private static Query tagQuery(String tag) {
    return new TermQuery(new Term(Schema.TAG, Schema.normalizeTag(tag)));
  }

  private static Query dateQuery(Optional<LocalDate> from, Optional<LocalDate> to) {
    return LongField.newRangeQuery(Schema.DATE,
        from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
        to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
  }
}
