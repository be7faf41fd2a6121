package org.blogsearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One query set of an evaluation folder, with the corpus (a folder of posts) it was judged on.
 *
 * @param name the set's name: a known-item file's name without {@code .tsv}, or the prefix of a
 *     judged pair {@code NAME-queries.tsv} and {@code NAME-judgments.txt}
 * @param corpus the folder of posts whose name begins the set's name
 */
public record EvalSet(String name, Path corpus, Path queries, Optional<Path> judgments) {

  private static final String QUERIES = "-queries.tsv";
  private static final String JUDGMENTS = "-judgments.txt";

  /** Reads the set's queries and what answers them. */
  public Judgments judged() throws IOException {
    return judgments.isPresent() ? Judgments.graded(queries, judgments.get()) : Judgments.knownItems(queries);
  }

  /**
   * Every set in {@code folder}, by name: each {@code .tsv} file is a known-item set, except a
   * {@code NAME-queries.tsv} beside a {@code NAME-judgments.txt}, which are one judged set. A set's
   * corpus is the folder of {@code corpora} with the longest name that begins the set's name.
   *
   * @throws IOException when a set has no corpus, naming both
   */
  public static List<EvalSet> in(Path folder, Path corpora) throws IOException {
    List<Path> corpusFolders;
    try (Stream<Path> listed = Files.list(corpora)) {
      corpusFolders = listed.filter(Files::isDirectory)
          .sorted(Comparator.comparingInt((Path p) -> p.getFileName().toString().length()).reversed())
          .toList();
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    List<EvalSet> sets = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      Optional<Path> judgments = Optional.empty();
      String name = fileName.substring(0, fileName.length() - ".tsv".length());
      if (fileName.endsWith(QUERIES)) {
        Path judged = file.resolveSibling(fileName.substring(0, fileName.length() - QUERIES.length()) + JUDGMENTS);
        if (Files.isRegularFile(judged)) {
          judgments = Optional.of(judged);
          name = fileName.substring(0, fileName.length() - QUERIES.length());
        }
      }
      String setName = name;
      Path corpus = corpusFolders.stream()
          .filter(c -> setName.startsWith(c.getFileName().toString()))
          .findFirst()
          .orElseThrow(() -> new IOException(file + ": no folder of posts in " + corpora
              + " whose name begins the set's name " + setName));
      sets.add(new EvalSet(name, corpus, file, judgments));
    }
    if (sets.isEmpty()) {
      throw new IOException("no query sets (.tsv files) in " + folder);
    }
    return sets;
  }
}
