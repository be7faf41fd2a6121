package org.blogsearch.content;

import java.util.ArrayList;
import java.util.List;

/** The warnings met while reading one file; one instance per read, never shared between threads. */
final class Warnings {

  private final String path;
  private final List<Problem> problems = new ArrayList<>();

  Warnings(String path) {
    this.path = path;
  }

  void add(int line, String message) {
    problems.add(new Problem(path, Math.max(1, line), message, Problem.Severity.WARNING));
  }

  List<Problem> list() {
    return List.copyOf(problems);
  }
}
