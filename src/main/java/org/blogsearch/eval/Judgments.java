package org.blogsearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries with the posts that answer them, each with a grade (1 when a set only names the one known
 * item). Read from a known-item set ({@code QUERY <TAB> SOURCE_PATH [<TAB> TITLE]}), or from a query
 * file ({@code ID <TAB> QUERY}) with TREC-style judgments ({@code ID 0 SOURCE_PATH GRADE}).
 */
public record Judgments(List<Judged> queries) {

  /** One query and the grade of each relevant post, by source path. */
  public record Judged(String id, String query, Map<String, Integer> grades) {
    public Judged {
      grades = Map.copyOf(grades);
    }
  }

  public Judgments {
    queries = List.copyOf(queries);
  }

  /** Reads a known-item set: each line's post is the one right answer to its query. */
  public static Judgments knownItems(Path file) throws IOException {
    List<Judged> queries = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      String[] columns = text.split("\t");
      if (columns.length < 2) {
        throw new IOException(file + ":" + line + ": expected QUERY<TAB>SOURCE_PATH");
      }
      queries.add(new Judged(Integer.toString(line), columns[0], Map.of(columns[1], 1)));
    }
    return new Judgments(queries);
  }

  /** Reads queries ({@code ID<TAB>QUERY}) and graded judgments ({@code ID 0 SOURCE_PATH GRADE}). */
  public static Judgments graded(Path queryFile, Path judgmentFile) throws IOException {
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    int line = 0;
    for (String text : Files.readAllLines(judgmentFile)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      String[] columns = text.strip().split("\\s+");
      if (columns.length != 4) {
        throw new IOException(judgmentFile + ":" + line + ": expected ID 0 SOURCE_PATH GRADE");
      }
      try {
        grades.computeIfAbsent(columns[0], id -> new LinkedHashMap<>()).put(columns[2], Integer.parseInt(columns[3]));
      } catch (NumberFormatException e) {
        throw new IOException(judgmentFile + ":" + line + ": the grade must be a whole number", e);
      }
    }
    List<Judged> queries = new ArrayList<>();
    line = 0;
    for (String text : Files.readAllLines(queryFile)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      int tab = text.indexOf('\t');
      if (tab < 0) {
        throw new IOException(queryFile + ":" + line + ": expected ID<TAB>QUERY");
      }
      String id = text.substring(0, tab);
      if (grades.containsKey(id)) {
        queries.add(new Judged(id, text.substring(tab + 1), grades.get(id)));
      }
    }
    return new Judgments(queries);
  }
}
