package org.blogsearch.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the model of the add-on, if it is installed, and opens it for an index. */
public final class SemanticModel {

  /** Said when {@code --semantic} is asked for and the add-on is not there. */
  public static final String MISSING = "--semantic needs the add-on blogsearch-semantic.jar, which holds the"
      + " model: put it beside blogsearch.jar (it was not found)";
  /**
   * Threads of one inference. A query is embedded on the thread that searches, and an index run
   * embeds on each of its threads: more per inference would only make them fight over the cores.
   */
  private static final int THREADS = 1;

  private SemanticModel() {}

  /** Whether the add-on is on the class path. */
  public static boolean installed() {
    return provider().isPresent();
  }

  /**
   * Opens the model for the index in {@code index}; its native libraries go to the folder beside it
   * that {@link #nativesBeside} names.
   *
   * @throws IOException saying what to do when the add-on is missing
   */
  public static Embedder open(Path index) throws IOException {
    EmbedderProvider provider = provider().orElseThrow(() -> new IOException(MISSING));
    return new CachedEmbedder(provider.open(nativesBeside(index), THREADS));
  }

  /**
   * Where the model's native libraries are unpacked for an index: beside the index folder, never
   * inside it, nor in the user's home ({@code index} keeps {@code index-natives}).
   */
  public static Path nativesBeside(Path index) {
    Path folder = index.toAbsolutePath().normalize();
    return folder.getFileName() == null ? folder.resolve("blogsearch-natives")
        : folder.resolveSibling(folder.getFileName() + "-natives");
  }

  private static Optional<EmbedderProvider> provider() {
    return ServiceLoader.load(EmbedderProvider.class, SemanticModel.class.getClassLoader()).findFirst();
  }
}
