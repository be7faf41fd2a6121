package org.blogsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.StageTimes;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  /** Answers every query with the same ranking: a.md, b.md, c.md. */
  private static final SearchEngine FIXED = new SearchEngine() {
    @Override
    public SearchResults search(SearchRequest request) {
      List<SearchHit> hits = List.of("a.md", "b.md", "c.md").stream()
          .map(path -> new SearchHit(path, path, "/" + path, path, Optional.empty(), List.of(), List.of(), "", 1f))
          .toList();
      return new SearchResults(request, hits.size(), StageTimes.none(), hits, List.of(), List.of(), Optional.empty(), List.of());
    }

    @Override
    public List<String> suggest(String text, int size) {
      return List.of();
    }

    @Override
    public Optional<List<SearchHit>> related(String slug, int size) {
      return Optional.empty();
    }

    @Override
    public List<FacetCount> tags() {
      return List.of();
    }

    @Override
    public IndexStatus status() {
      return new IndexStatus(3, Instant.EPOCH);
    }

    @Override
    public void close() {}
  };

  @Test
  void reciprocalRankAveragesOverQueries() throws Exception {
    Judgments judgments = new Judgments(List.of(
        new Judgments.Judged("1", "q1", Map.of("a.md", 1)),
        new Judgments.Judged("2", "q2", Map.of("c.md", 1)),
        new Judgments.Judged("3", "q3", Map.of("z.md", 1))));
    Evaluation.Scores scores = Evaluation.run(FIXED, judgments);
    assertEquals((1 + 1 / 3.0 + 0) / 3, scores.mrr(), 1e-9);
    assertEquals(2, scores.misses().size());
  }

  @Test
  void ndcgUsesGradesAndTheIdealOrder() throws Exception {
    Judgments judgments = new Judgments(List.of(new Judgments.Judged("1", "q", Map.of("b.md", 2, "a.md", 1))));
    double dcg = (Math.pow(2, 1) - 1) / log2(2) + (Math.pow(2, 2) - 1) / log2(3);
    double ideal = (Math.pow(2, 2) - 1) / log2(2) + (Math.pow(2, 1) - 1) / log2(3);
    assertEquals(dcg / ideal, Evaluation.run(FIXED, judgments).ndcg(), 1e-9);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
