package org.blogsearch.cli;

import java.io.Console;

/** Whether a person is watching: decides between a live progress bar and plain lines, bold or not. */
final class Terminal {

  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 a console may exist with its streams redirected, and isTerminal() tells; on Java
    // 21 a console exists only on a terminal. The jar targets 21, so the newer method is looked up.
    try {
      return (boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
