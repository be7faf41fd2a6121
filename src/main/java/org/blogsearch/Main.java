package org.blogsearch;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.blogsearch.cli.BlogsearchCommand;

/** The entry point: runs one command and exits with its code. */
public final class Main {

  /**
   * Lucene tells every run, through java.util.logging, that {@code --add-modules jdk.incubator.vector}
   * would speed up vector search; the only vector search blogsearch does (with {@code --semantic}) is
   * over a blog's few thousand vectors, well under a millisecond without it, so the notice is noise. The
   * field keeps the logger, and so its level, from being garbage-collected.
   */
  private static final Logger VECTORIZATION_NOTICE = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    VECTORIZATION_NOTICE.setLevel(Level.SEVERE);
    System.exit(BlogsearchCommand.execute(args));
  }
}
