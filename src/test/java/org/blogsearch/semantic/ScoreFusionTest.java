package org.blogsearch.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {

  @Test
  void wordsAreScaledByTheirBestAndCosinesTakenAsTheyAre() {
    Map<String, Float> fused = ScoreFusion.fuse(Map.of("a", 10f, "b", 5f), Map.of("b", 0.9f, "c", -0.2f), 0.4f);
    assertEquals(0.4f, fused.get("a"), 1e-6, "the best by words, found by no meaning");
    assertEquals(0.4f * 0.5f + 0.6f * 0.9f, fused.get("b"), 1e-6);
    assertEquals(0f, fused.get("c"), 1e-6, "a cosine below 0 counts as 0");
  }

  @Test
  void aQueryTheModelReadsBadlyKeepsToItsWords() {
    // Nothing is near in meaning: scaled to 0..1 over their own top, these cosines would outweigh the words.
    Map<String, Float> fused = ScoreFusion.fuse(Map.of("a", 10f, "b", 8f), Map.of("a", 0.05f, "b", 0.15f), 0.4f);
    assertTrue(fused.get("a") > fused.get("b"), fused.toString());
  }

  @Test
  void noWordsNoScale() {
    assertEquals(Map.of(), ScoreFusion.scaled(Map.<String, Float>of()));
    assertEquals(Map.of("a", 1f), ScoreFusion.scaled(Map.of("a", 0f)));
  }
}
