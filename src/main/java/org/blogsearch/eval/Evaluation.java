package org.blogsearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SortOrder;

/**
 * Runs judged queries through the real search path and scores the first page of ten: MRR@10 (the
 * reciprocal rank of the first relevant post) and nDCG@10 (graded gain, discounted by rank).
 */
public final class Evaluation {

  public static final int DEPTH = 10;

  private Evaluation() {}

  /** The scores of one query set, with the queries whose answer was not in the top ten. */
  public record Scores(int queries, double mrr, double ndcg, List<Miss> misses) {
    public Scores {
      misses = List.copyOf(misses);
    }
  }

  /** A query whose best post ranked below the top ten ({@code rank} 0) or below first. */
  public record Miss(String query, String expected, int rank) {}

  public static Scores run(SearchEngine engine, Judgments judgments) throws IOException {
    double reciprocalRanks = 0;
    double gains = 0;
    List<Miss> misses = new ArrayList<>();
    for (Judgments.Judged judged : judgments.queries()) {
      List<String> ranked = engine.search(new SearchRequest(judged.query(), List.of(), Optional.empty(),
              Optional.empty(), SortOrder.RELEVANCE, 1, DEPTH))
          .hits().stream().map(SearchHit::path).toList();
      int firstRelevant = 0;
      double dcg = 0;
      for (int i = 0; i < ranked.size(); i++) {
        int grade = judged.grades().getOrDefault(ranked.get(i), 0);
        if (grade > 0 && firstRelevant == 0) {
          firstRelevant = i + 1;
        }
        dcg += (Math.pow(2, grade) - 1) / log2(i + 2);
      }
      reciprocalRanks += firstRelevant == 0 ? 0 : 1.0 / firstRelevant;
      double ideal = idealDcg(judged);
      gains += ideal == 0 ? 0 : dcg / ideal;
      if (firstRelevant != 1) {
        String expected = judged.grades().entrySet().stream()
            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        misses.add(new Miss(judged.query(), expected, firstRelevant));
      }
    }
    int n = judgments.queries().size();
    return new Scores(n, n == 0 ? 0 : reciprocalRanks / n, n == 0 ? 0 : gains / n, misses);
  }

  private static double idealDcg(Judgments.Judged judged) {
    List<Integer> grades = judged.grades().values().stream().filter(g -> g > 0)
        .sorted(Comparator.reverseOrder()).limit(DEPTH).toList();
    double ideal = 0;
    for (int i = 0; i < grades.size(); i++) {
      ideal += (Math.pow(2, grades.get(i)) - 1) / log2(i + 2);
    }
    return ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
