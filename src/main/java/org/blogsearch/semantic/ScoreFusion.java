package org.blogsearch.semantic;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One score from two rankings of the same posts, each post scored on both sides. The words' scores
 * have no fixed scale from one query to the next, so they are divided by the best of them; the
 * meaning's are cosines, on one scale for every query, and are taken as they are: a query the model
 * reads badly (a language it was not trained on, a string of identifiers) finds nothing very near,
 * and its meaning then weighs little beside its words. Scaling both sides to 0..1 over their own tops
 * (min-max) gave such a query's nearest as much say as a good one's.
 */
public final class ScoreFusion {

  /**
   * The share of the words; the rest is the meaning's. Measured on every set (see the README): the
   * known-item sets hold at 0.4 and up, SciFact gains most at 0.3 (0.744) and 0.4 (0.742), and at
   * 0.4 on each half of its claims alike.
   */
  public static final float WORDS_WEIGHT = 0.4f;

  private ScoreFusion() {}

  /**
   * The mixed score of every key of either side, a key missing from a side scoring 0 there.
   *
   * @param meaning cosines, those below 0 taken as 0
   */
  public static <K> Map<K, Float> fuse(Map<K, Float> words, Map<K, Float> meaning, float wordsWeight) {
    Map<K, Float> fused = new HashMap<>();
    scaled(words).forEach((key, score) -> fused.merge(key, wordsWeight * score, Float::sum));
    meaning.forEach((key, cosine) -> fused.merge(key, (1 - wordsWeight) * Math.max(0, cosine), Float::sum));
    return fused;
  }

  /** Scores divided by the best of them, which they all are when it is 0. */
  public static <K> Map<K, Float> scaled(Map<K, Float> scores) {
    if (scores.isEmpty()) {
      return Map.of();
    }
    float max = Collections.max(scores.values());
    Map<K, Float> scaled = new HashMap<>();
    scores.forEach((key, score) -> scaled.put(key, max <= 0 ? 1f : score / max));
    return scaled;
  }
}
