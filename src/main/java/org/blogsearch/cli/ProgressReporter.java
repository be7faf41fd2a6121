package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.blogsearch.engine.IndexProgress;

/**
 * Shows an index run's progress: a bar redrawn in place on a terminal, or a plain line at every
 * tenth of the way when the output goes to a file or a CI log. Thread-safe.
 */
final class ProgressReporter implements IndexProgress {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000;

  private final PrintWriter out;
  private final boolean live;
  private long lastDraw;
  private int lastTenth;

  private ProgressReporter(PrintWriter out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** The reporter for {@code out}: live on a terminal, plain lines elsewhere, nothing when quiet. */
  static IndexProgress to(PrintWriter out, boolean quiet) {
    return quiet ? IndexProgress.SILENT : new ProgressReporter(out, Terminal.isInteractive());
  }

  @Override
  public synchronized void rebuilding() {
    out.println("the index was built by another version of blogsearch or with other settings:"
        + " every post is indexed again");
    out.flush();
  }

  @Override
  public synchronized void filesDone(int done, int total) {
    if (live) {
      long now = System.nanoTime();
      if (done < total && now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
      out.printf(Locale.ROOT, "\r[%s%s] %d/%d files", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), done, total);
      if (done == total) {
        out.print("\r" + " ".repeat(BAR_WIDTH + 30) + "\r");
      }
      out.flush();
    } else {
      int tenth = total == 0 ? 10 : 10 * done / total;
      if (tenth > lastTenth && done < total) {
        lastTenth = tenth;
        out.printf(Locale.ROOT, "indexing: %d of %d files (%d%%)%n", done, total, 100 * done / total);
        out.flush();
      }
    }
  }
}
