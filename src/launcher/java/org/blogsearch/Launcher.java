package org.blogsearch;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 so that an older Java can load it: there it says in one
 * sentence what to do and exits 1, where loading {@code Main} would fail with a class version error;
 * on Java 21 or newer it runs {@code Main}.
 */
public final class Launcher {

  private static final int REQUIRED = 21;

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    String found = System.getProperty("java.specification.version");
    if (major(found) < REQUIRED) {
      System.err.println("blogsearch needs Java " + REQUIRED + " or newer but was started by Java " + found + " ("
          + System.getProperty("java.home") + "): install Java " + REQUIRED + " or newer and run the jar with it,"
          + " or install the blogsearch package or tarball, which bring their own Java.");
      System.exit(1);
    }
    try {
      Class.forName("org.blogsearch.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The feature release: 8 for "1.8", 17 for "17"; 0 when the text says none. */
  private static int major(String specificationVersion) {
    String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
    int dot = version.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
