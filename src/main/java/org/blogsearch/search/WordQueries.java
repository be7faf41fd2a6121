package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.blogsearch.index.Schema;

/**
 * The score of one typed word: BM25F over the prose, which counts the title, tags, headings and
 * summary as weighted repetitions of the body within one saturation and one IDF, so a word in the
 * title ranks a post higher without outweighing every other word (the index holds the repetitions
 * as one field, {@link Schema#PROSE}, so a word costs one term to match rather than one per field); plus its matches in code and link addresses, scored apart and weighted low. Every form
 * of the word counts ({@code learned} finds {@code learning}); the form as typed adds a bonus. A word
 * no post holds is looked for as the words a typing mistake or two away, and a word still being typed
 * as the words it begins, each at a fraction of its weight. Thread-safe.
 */
final class WordQueries {

  /**
   * What the form as typed adds to a match of any form. The known-item sets, whose words are copied
   * from posts, gain from it (rust-blog passages 0.93 to 0.96 MRR@10); the judged claims, which
   * paraphrase, lose a little (SciFact nDCG@10 -0.006).
   */
  static final float AS_TYPED_WEIGHT = 0.3f;
  /** A completion of the letters typed so far counts this much of a word typed whole. */
  private static final float PREFIX_WEIGHT = 0.3f;
  /** A correction of a word no post holds counts this much of a word spelled right. */
  private static final float TYPO_WEIGHT = 0.5f;
  private static final int MIN_PREFIX_LENGTH = 2;
  private static final int MAX_COMPLETIONS = 3;
  private static final int MAX_CORRECTIONS = 3;

  private final Vocabulary vocabulary;

  WordQueries(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * A scoring word, with its inverse document frequency as BM25 computes it (weighted as its
   * alternatives are): zero when no post holds it in any form, corrected or completed.
   *
   * @param held the posts the word matches, unscored and cheaper to match than {@code query}
   * @param marked what a snippet marks: each form of the word, once
   */
  record Scored(Query query, float idf, Query held, Query marked) {}

  /**
   * A typed word as it scores: one part for a plain word, with its corrections and completions as
   * alternatives; several for a dotted name or a run of Chinese characters.
   *
   * @param correction the closest word the posts hold, when they do not hold the word as typed
   * @param overBudget whether the word was left out, coming after the query's budget was spent
   */
  record Typed(List<Scored> parts, Optional<String> correction, boolean overBudget) {

    Typed(List<Scored> parts, Optional<String> correction) {
      this(parts, correction, false);
    }
  }

  /**
   * What one query may still spend: the word parts it scores (each costs a few clauses, and Lucene
   * refuses a query of more than {@link org.apache.lucene.search.IndexSearcher#getMaxClauseCount()}),
   * and the words looked up for corrections (each walks the vocabulary). Not thread-safe: one per
   * query.
   */
  static final class Budget {
    private int parts;
    private int corrections;

    Budget(int parts, int corrections) {
      this.parts = parts;
      this.corrections = corrections;
    }

    /** Takes {@code wanted} parts, or as many as are left; how many were taken. */
    int takeParts(int wanted) {
      int taken = Math.min(wanted, parts);
      parts -= taken;
      return taken;
    }

    /** Takes {@code wanted} parts if that many are left. */
    boolean takeAllParts(int wanted) {
      if (wanted > parts) {
        return false;
      }
      parts -= wanted;
      return true;
    }

    private boolean takeCorrection() {
      return corrections-- > 0;
    }
  }

  /**
   * The word typed as {@code text}.
   *
   * @param partial whether the reader may still be typing it
   */
  Typed of(String text, boolean partial, Budget budget, TermLookups terms) throws IOException {
    List<WordForms> all = WordForms.of(text);
    // A name of many dots or a long run of Chinese characters scores by its first parts.
    List<WordForms> forms = all.subList(0, budget.takeParts(all.size()));
    if (forms.isEmpty() && !all.isEmpty()) {
      return new Typed(List.of(), Optional.empty(), true);
    }
    if (forms.size() != 1) {
      List<Scored> each = new ArrayList<>(forms.size());
      for (WordForms word : forms) {
        each.add(scored(word, 1f, terms));
      }
      return new Typed(each, Optional.empty());
    }
    List<Scored> alternatives = new ArrayList<>();
    Scored typed = scored(forms.getFirst(), 1f, terms);
    alternatives.add(typed);
    // Normalizing costs an analysis, which a word some post holds needs only while it is being typed.
    Optional<String> plain = typed.idf() == 0 || partial ? Vocabulary.plainWord(text) : Optional.empty();
    List<String> corrections = List.of();
    // A word some post holds in some form is taken as meant, even where it is not spelled as typed.
    if (plain.isPresent() && typed.idf() == 0 && budget.takeCorrection()) {
      corrections = vocabulary.corrections(terms.reader(), plain.get(), MAX_CORRECTIONS);
      for (String corrected : corrections) {
        alternatives.add(scored(new WordForms(corrected, Optional.empty()), TYPO_WEIGHT, terms));
      }
    }
    // A word the posts hold is taken as typed in full; "openwh" is not a word, so it is completed.
    if (plain.isPresent() && partial && plain.get().length() >= MIN_PREFIX_LENGTH
        && terms.docFreq(new Term(Schema.WORDS, plain.get())) == 0) {
      for (String completed : vocabulary.completions(terms.reader(), plain.get(), MAX_COMPLETIONS)) {
        alternatives.add(scored(new WordForms(completed, Optional.empty()), PREFIX_WEIGHT, terms));
      }
    }
    Optional<String> correction = corrections.stream().findFirst();
    if (alternatives.size() == 1) {
      return new Typed(List.of(typed), correction);
    }
    float idf = (float) alternatives.stream().mapToDouble(Scored::idf).max().orElse(0);
    BooleanQuery.Builder held = new BooleanQuery.Builder();
    BooleanQuery.Builder marked = new BooleanQuery.Builder();
    for (Scored alternative : alternatives) {
      held.add(alternative.held(), Occur.SHOULD);
      marked.add(alternative.marked(), Occur.SHOULD);
    }
    return new Typed(List.of(new Scored(
        new DisjunctionMaxQuery(alternatives.stream().map(Scored::query).toList(), 0f), idf, held.build(),
        marked.build())), correction);
  }

  /** Every part of {@code typed}, as alternatives of an {@code OR} need it; absent when it has none. */
  static Optional<Query> all(Typed typed) {
    List<Scored> each = typed.parts();
    if (each.isEmpty()) {
      return Optional.empty();
    }
    if (each.size() == 1) {
      return Optional.of(each.getFirst().query());
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    each.forEach(word -> all.add(word.query(), Occur.MUST));
    return Optional.of(all.build());
  }

  private static Scored scored(WordForms word, float weight, TermLookups terms) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder held = new BooleanQuery.Builder();
    int docFreq = 0;
    for (Map.Entry<String, Float> field : Schema.scoredFields().entrySet()) {
      Term term = new Term(field.getKey(), word.anyForm());
      if (terms.docFreq(term) == 0) {
        // Every clause costs a scorer per search, and most words are in no code and no address.
        continue;
      }
      docFreq = Math.max(docFreq, terms.docFreq(term));
      TermQuery matches = terms.query(term);
      query.add(field.getValue() == 1f ? matches : new BoostQuery(matches, field.getValue()), Occur.SHOULD);
      held.add(matches, Occur.SHOULD);
    }
    if (word.stem().isPresent() && terms.docFreq(new Term(Schema.PROSE, word.asTyped())) > 0) {
      query.add(new BoostQuery(terms.query(new Term(Schema.PROSE, word.asTyped())), AS_TYPED_WEIGHT),
          Occur.SHOULD);
    }
    // The prose holds the body's words, and the body holds every form of a word where it is written.
    Query marked = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.PROSE, word.anyForm())), Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.CODE, word.anyForm())), Occur.SHOULD)
        .build();
    Query built = query.build();
    return new Scored(weight == 1f ? built : new BoostQuery(built, weight),
        weight * idf(docFreq, terms.reader().maxDoc()), held.build(), marked);
  }

  /** BM25's IDF of a word held by {@code docFreq} of {@code posts}; zero when none holds it. */
  private static float idf(int docFreq, int posts) {
    if (docFreq == 0) {
      return 0;
    }
    return (float) Math.log(1 + (posts - docFreq + 0.5) / (docFreq + 0.5));
  }
}
