package org.blogsearch.semantic;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The add-on's entry point, found by {@link java.util.ServiceLoader}: the plain jar holds this
 * interface, the add-on {@code blogsearch-semantic.jar} the model and the one implementation.
 */
public interface EmbedderProvider {

  /**
   * Loads the model.
   *
   * @param natives the folder its native libraries are unpacked to and loaded from; nothing is written
   *     elsewhere
   * @param threads how many threads one inference may use
   */
  Embedder open(Path natives, int threads) throws IOException;
}
