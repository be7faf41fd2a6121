package org.blogsearch.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process is writing the same index; only one writer may run at a time. */
public final class IndexLockedException extends IOException {

  IndexLockedException(Path indexDir, Throwable cause) {
    super("another blogsearch process is writing to the index at " + indexDir
        + "; wait for it to finish, then run again", cause);
  }
}
