package org.blogsearch.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticModelTest {

  @TempDir Path dir;

  @Test
  void textsAlikeInMeaningAreNearerThanTextsThatShareNoTopic() {
    try (Embedder model = open()) {
      float[] query = model.embed("how do I make my website load faster");
      float[] near = model.embed("Speeding up page loads: caching, compression and lazy images");
      float[] far = model.embed("A recipe for sourdough bread with a long cold proof");
      assertEquals(384, query.length);
      assertTrue(dot(query, near) > dot(query, far) + 0.2, dot(query, near) + " vs " + dot(query, far));
    }
  }

  @Test
  void nativesGoBesideTheIndexAndAreRemovedOnClose() {
    Path natives = SemanticModel.nativesBeside(dir.resolve("index"));
    assertEquals(dir.resolve("index-natives"), natives);
    try (Embedder model = open()) {
      assertTrue(Files.isRegularFile(natives.resolve("onnxruntime/libonnxruntime.so")));
      model.embed("warm");
    }
    assertFalse(Files.exists(natives));
  }

  private Embedder open() {
    try {
      return SemanticModel.open(dir.resolve("index"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
