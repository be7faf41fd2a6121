package org.blogsearch.engine;

import java.io.IOException;

/** Another process is writing the same index; only one writer may run at a time. */
public final class IndexLockedException extends IOException {

  /** @param index names the index, as a user would find it: a folder, a collection */
  public IndexLockedException(String index, Throwable cause) {
    super("another blogsearch process is writing to the index at " + index
        + "; wait for it to finish, then run again", cause);
  }
}
