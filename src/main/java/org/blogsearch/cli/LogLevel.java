package org.blogsearch.cli;

/**
 * How much the server logs, set on slf4j's simple backend before the first logger is made. Jetty and
 * Javalin say at most warnings, since their information and debugging lines are about their own
 * insides, not about searching.
 */
enum LogLevel {
  error, warn, info, debug;

  private static final String PREFIX = "org.slf4j.simpleLogger.";

  /** Takes effect for every logger made from now on; a command calls it before it logs anything. */
  void apply() {
    System.setProperty(PREFIX + "defaultLogLevel", name());
    String libraries = compareTo(warn) < 0 ? name() : warn.name();
    for (String library : new String[] {"org.eclipse.jetty", "io.javalin"}) {
      System.setProperty(PREFIX + "log." + library, libraries);
    }
  }
}
