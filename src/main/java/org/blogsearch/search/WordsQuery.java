package org.blogsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DisiWrapper;
import org.apache.lucene.search.DisjunctionDISIApproximation;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The typed words of a query in one pass: a post matches when it holds any word, and scores the sum
 * of its words' scores, plus a bonus when it holds every word, plus the score of each bonus query
 * (title proximity) it also matches. Knowing which words a post holds comes free while summing their
 * scores, where a query of its own for "holds every word" read every word's postings a second time
 * (a third of the time to match, on chrome-developers' multi-word queries). A bonus query never
 * widens the matches: it must only match posts that hold some word.
 */
final class WordsQuery extends Query {

  /** Posts scored together: the scores of a window of posts are summed in arrays of this size. */
  private static final int WINDOW = 4096;

  private final List<List<Query>> words;
  private final float everyWordBonus;
  private final List<Query> bonuses;

  /**
   * @param words for each word, the clauses whose scores it adds up; at most 64 words
   * @param everyWordBonus what a post holding every word earns on top of its words' scores
   * @param bonuses queries whose scores add up with the words', where a post holding a word matches them
   */
  WordsQuery(List<List<Query>> words, float everyWordBonus, List<Query> bonuses) {
    if (words.isEmpty() || words.size() > Long.SIZE || words.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("1 to 64 words, each with a clause: " + words);
    }
    this.words = words.stream().map(List::copyOf).toList();
    this.everyWordBonus = everyWordBonus;
    this.bonuses = List.copyOf(bonuses);
  }

  /** The clauses of a word's query: those of a sum, or the query itself. */
  static List<Query> summed(Query word) {
    if (word instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD)) {
      return bool.clauses().stream().map(BooleanClause::query).toList();
    }
    return List.of(word);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    boolean changed = false;
    List<List<Query>> rewrittenWords = new ArrayList<>(words.size());
    for (List<Query> word : words) {
      List<Query> clauses = new ArrayList<>(word.size());
      for (Query clause : word) {
        Query rewritten = clause.rewrite(searcher);
        changed |= rewritten != clause;
        clauses.add(rewritten);
      }
      rewrittenWords.add(clauses);
    }
    List<Query> rewrittenBonuses = new ArrayList<>(bonuses.size());
    for (Query bonus : bonuses) {
      Query rewritten = bonus.rewrite(searcher);
      changed |= rewritten != bonus;
      rewrittenBonuses.add(rewritten);
    }
    return changed ? new WordsQuery(rewrittenWords, everyWordBonus, rewrittenBonuses) : this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    List<Weight> clauses = new ArrayList<>();
    List<Long> bits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Query clause : words.get(i)) {
        clauses.add(searcher.createWeight(clause, scoreMode, boost));
        bits.add(1L << i);
      }
    }
    List<Weight> bonusWeights = new ArrayList<>(bonuses.size());
    for (Query bonus : bonuses) {
      bonusWeights.add(searcher.createWeight(bonus, scoreMode, boost));
    }
    long every = words.size() == Long.SIZE ? -1L : (1L << words.size()) - 1;
    return new WordsWeight(clauses, bits.stream().mapToLong(Long::longValue).toArray(), every,
        words.size() > 1 ? everyWordBonus * boost : 0f, bonusWeights, scoreMode);
  }

  private final class WordsWeight extends Weight {
    private final List<Weight> clauses;
    private final long[] bits;
    private final long every;
    private final float bonus;
    private final List<Weight> bonusWeights;
    private final ScoreMode scoreMode;

    WordsWeight(List<Weight> clauses, long[] bits, long every, float bonus, List<Weight> bonusWeights,
        ScoreMode scoreMode) {
      super(WordsQuery.this);
      this.clauses = clauses;
      this.bits = bits;
      this.every = every;
      this.bonus = bonus;
      this.bonusWeights = bonusWeights;
      this.scoreMode = scoreMode;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      List<Clause> found = new ArrayList<>();
      for (int i = 0; i < clauses.size(); i++) {
        Scorer scorer = clauses.get(i).scorer(context);
        if (scorer != null) {
          found.add(new Clause(scorer, bits[i]));
        }
      }
      if (found.isEmpty()) {
        return null;
      }
      List<Scorer> bonusScorers = new ArrayList<>();
      if (scoreMode.needsScores()) {
        for (Weight weight : bonusWeights) {
          Scorer scorer = weight.scorer(context);
          if (scorer != null) {
            bonusScorers.add(scorer);
          }
        }
      }
      long cost = found.stream().mapToLong(clause -> clause.cost).sum();
      Sums sums = new Sums(found, every, bonus, bonusScorers, scoreMode.needsScores());
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) {
          return new WordsScorer(sums, DisjunctionDISIApproximation.of(found, leadCost));
        }

        @Override
        public BulkScorer bulkScorer() {
          return new WordsBulkScorer(sums, context.reader().maxDoc());
        }

        @Override
        public long cost() {
          return cost;
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      List<Explanation> parts = new ArrayList<>();
      long held = 0;
      double score = 0;
      for (int i = 0; i < clauses.size(); i++) {
        Explanation clause = clauses.get(i).explain(context, doc);
        if (clause.isMatch()) {
          parts.add(clause);
          held |= bits[i];
          score += clause.getValue().doubleValue();
        }
      }
      if (held == 0) {
        return Explanation.noMatch("holds none of the words");
      }
      if (held == every && bonus > 0) {
        parts.add(Explanation.match(bonus, "holds every word"));
        score += bonus;
      }
      for (Weight weight : bonusWeights) {
        Explanation extra = weight.explain(context, doc);
        if (extra.isMatch()) {
          parts.add(extra);
          score += extra.getValue().doubleValue();
        }
      }
      return Explanation.match((float) score, "sum of:", parts);
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return clauses.stream().allMatch(weight -> weight.isCacheable(context))
          && bonusWeights.stream().allMatch(weight -> weight.isCacheable(context));
    }
  }

  /** A word's clause in one segment, and the bit of its word. */
  private static final class Clause extends DisiWrapper {
    final long bit;

    Clause(Scorer scorer, long bit) {
      super(scorer, false);
      this.bit = bit;
    }
  }

  /** What both scorers share: the score of a post from the clauses that hold it. */
  private static final class Sums {
    final List<Clause> clauses;
    final long every;
    final float bonus;
    final DocIdSetIterator[] bonusApproximations;
    final TwoPhaseIterator[] bonusTwoPhases;
    final Scorer[] bonusScorers;
    final boolean scores;

    Sums(List<Clause> clauses, long every, float bonus, List<Scorer> bonusScorers, boolean scores) {
      this.clauses = clauses;
      this.every = every;
      this.bonus = bonus;
      this.scores = scores;
      this.bonusScorers = bonusScorers.toArray(Scorer[]::new);
      this.bonusApproximations = new DocIdSetIterator[this.bonusScorers.length];
      this.bonusTwoPhases = new TwoPhaseIterator[this.bonusScorers.length];
      for (int i = 0; i < this.bonusScorers.length; i++) {
        bonusTwoPhases[i] = this.bonusScorers[i].twoPhaseIterator();
        bonusApproximations[i] = bonusTwoPhases[i] == null ? this.bonusScorers[i].iterator()
            : bonusTwoPhases[i].approximation();
      }
    }

    /**
     * The score of {@code doc}, whose words' scores sum to {@code words} and whose words are {@code
     * held}; documents must come in increasing order.
     */
    float score(int doc, double words, long held) throws IOException {
      double score = words + (held == every ? bonus : 0);
      for (int i = 0; i < bonusScorers.length; i++) {
        DocIdSetIterator approximation = bonusApproximations[i];
        if (approximation.docID() < doc) {
          approximation.advance(doc);
        }
        if (approximation.docID() == doc && (bonusTwoPhases[i] == null || bonusTwoPhases[i].matches())) {
          score += bonusScorers[i].score();
        }
      }
      return (float) score;
    }
  }

  /** One post at a time, for queries that lead with other clauses. */
  private static final class WordsScorer extends Scorer {
    private final Sums sums;
    private final DisjunctionDISIApproximation matches;

    WordsScorer(Sums sums, DisjunctionDISIApproximation matches) {
      this.sums = sums;
      this.matches = matches;
    }

    @Override
    public int docID() {
      return matches.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return matches;
    }

    @Override
    public float score() throws IOException {
      if (!sums.scores) {
        return 0f;
      }
      double words = 0;
      long held = 0;
      for (DisiWrapper clause = matches.topList(); clause != null; clause = clause.next) {
        words += clause.scorer.score();
        held |= ((Clause) clause).bit;
      }
      return sums.score(docID(), words, held);
    }

    @Override
    public float getMaxScore(int upTo) {
      return Float.MAX_VALUE;
    }
  }

  /**
   * A window of posts at a time: each clause adds its scores for the window into arrays, then the
   * posts of the window that hold a word are collected in order. Lucene's own scorer of a sum of
   * clauses works the same way.
   */
  private static final class WordsBulkScorer extends BulkScorer {
    private final Sums sums;
    private final Clause[] clauses;
    private final double[] scores;
    private final long[] held;
    private final FixedBitSet matching;
    private final long cost;
    private final Score score = new Score();
    private final DocAndFloatFeatureBuffer batch = new DocAndFloatFeatureBuffer();

    WordsBulkScorer(Sums sums, int maxDoc) {
      this.sums = sums;
      this.clauses = sums.clauses.toArray(Clause[]::new);
      int window = Math.min(WINDOW, Math.max(1, maxDoc));
      this.scores = new double[window];
      this.held = new long[window];
      this.matching = new FixedBitSet(window);
      this.cost = Arrays.stream(clauses).mapToLong(clause -> clause.cost).sum();
    }

    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      collector.setScorer(score);
      int window = scores.length;
      int from = Math.max(min, next());
      while (from < max) {
        int to = (int) Math.min(max, (long) from + window);
        for (Clause clause : clauses) {
          add(clause, from, to);
        }
        for (int slot = matching.nextSetBit(0); slot != DocIdSetIterator.NO_MORE_DOCS;
            slot = slot + 1 < window ? matching.nextSetBit(slot + 1) : DocIdSetIterator.NO_MORE_DOCS) {
          int doc = from + slot;
          if (acceptDocs == null || acceptDocs.get(doc)) {
            score.value = sums.scores ? sums.score(doc, scores[slot], held[slot]) : 0f;
            collector.collect(doc);
          }
          scores[slot] = 0;
          held[slot] = 0;
        }
        matching.clear();
        from = Math.max(to, next());
      }
      return next();
    }

    /** Adds what {@code clause} holds of the posts {@code from..to} to the window starting at {@code from}. */
    private void add(Clause clause, int from, int to) throws IOException {
      DocIdSetIterator docs = clause.iterator;
      if (docs.docID() < from) {
        docs.advance(from);
      }
      if (!sums.scores) {
        for (int doc = docs.docID(); doc < to; doc = docs.nextDoc()) {
          matching.set(doc - from);
          held[doc - from] |= clause.bit;
        }
        return;
      }
      // A batch of posts and scores at a time, decoded together where the clause can (a word's postings).
      for (clause.scorer.nextDocsAndScores(to, null, batch); batch.size > 0;
          clause.scorer.nextDocsAndScores(to, null, batch)) {
        for (int i = 0; i < batch.size; i++) {
          int slot = batch.docs[i] - from;
          matching.set(slot);
          held[slot] |= clause.bit;
          scores[slot] += batch.features[i];
        }
      }
    }

    /** The first post at or after the clauses' positions that some clause holds. */
    private int next() {
      int next = DocIdSetIterator.NO_MORE_DOCS;
      for (Clause clause : clauses) {
        next = Math.min(next, clause.iterator.docID() == -1 ? 0 : clause.iterator.docID());
      }
      return next;
    }

    @Override
    public long cost() {
      return cost;
    }
  }

  /** The score of the post being collected. */
  private static final class Score extends Scorable {
    float value;

    @Override
    public float score() {
      return value;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor sub = visitor.getSubVisitor(Occur.SHOULD, this);
    words.forEach(word -> word.forEach(clause -> clause.visit(sub)));
    bonuses.forEach(bonus -> bonus.visit(sub));
  }

  @Override
  public String toString(String field) {
    return "words(" + words + ", every " + everyWordBonus + ", " + bonuses + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && words.equals(((WordsQuery) other).words)
        && everyWordBonus == ((WordsQuery) other).everyWordBonus && bonuses.equals(((WordsQuery) other).bonuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), words, everyWordBonus, bonuses);
  }
}
