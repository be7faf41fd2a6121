package org.blogsearch.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Makes named pipes (FIFOs) for tests, with the system's {@code mkfifo}; skips where there is none. */
public final class NamedPipe {

  private NamedPipe() {}

  /** A named pipe at {@code path}; reading it would wait for a writer that never comes. */
  public static Path create(Path path) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo on this system: " + e.getMessage());
      throw e;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
        "mkfifo could not make " + path);
    return path;
  }
}
