package org.blogsearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another system's scores on the same sets, to print beside ours: a TSV file with a header line,
 * then {@code SET <TAB> QUERIES <TAB> MRR@10 <TAB> NDCG@10 [<TAB> ...]} per set, as the bare-Lucene
 * runner of the benchmarks writes it.
 */
public record Baseline(Map<String, Scores> bySet) {

  /** One set's scores. */
  public record Scores(double mrr, double ndcg) {}

  public Baseline {
    bySet = Map.copyOf(bySet);
  }

  public static Baseline none() {
    return new Baseline(Map.of());
  }

  public static Baseline read(Path file) throws IOException {
    Map<String, Scores> bySet = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] columns = lines.get(i).split("\t");
      try {
        bySet.put(columns[0], new Scores(Double.parseDouble(columns[2]), Double.parseDouble(columns[3])));
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new IOException(file + ":" + (i + 1) + ": expected SET<TAB>QUERIES<TAB>MRR@10<TAB>NDCG@10", e);
      }
    }
    return new Baseline(bySet);
  }
}
