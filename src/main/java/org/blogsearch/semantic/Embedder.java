package org.blogsearch.semantic;

/**
 * Turns a text into a vector of unit length, texts alike in meaning near each other; thread-safe. The
 * model reads only the opening of a text (about a hundred words), so what matters most comes first.
 */
public interface Embedder extends AutoCloseable {

  /** The vector of {@code text}, of {@link #dimensions()} floats. */
  float[] embed(String text);

  int dimensions();

  /** Names the model, so an index built with another is embedded again. */
  String model();

  @Override
  void close();
}
