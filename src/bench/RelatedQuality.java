import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.index.Schema;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.SemanticModel;

/**
 * How related the related posts are, by words and by meaning, over every post of an index built with
 * {@code index --semantic}: of each tagged post's first five related posts, the share that hold one of
 * its tags; and, given a judged set's judgments, of each post judged right for a claim, the share of
 * the other posts judged right for the same claim among its first ten related posts. Also the mean
 * time of a related-posts answer.
 *
 * <pre>
 * java -cp target/blogsearch.jar src/bench/RelatedQuality.java INDEX_DIR [JUDGMENTS]
 * </pre>
 */
public final class RelatedQuality {

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java -cp target/blogsearch.jar src/bench/RelatedQuality.java INDEX_DIR [JUDGMENTS]");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    Map<String, Set<String>> tagsBySlug = new HashMap<>();
    Map<String, String> slugByPath = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document post = stored.document(doc);
        Set<String> tags = new HashSet<>();
        for (String tag : post.getValues(Schema.TAG_DISPLAY)) {
          tags.add(tag.toLowerCase(Locale.ROOT));
        }
        tagsBySlug.put(post.get(Schema.SLUG), tags);
        slugByPath.put(post.get(Schema.ID), post.get(Schema.SLUG));
      }
    }
    Map<String, Set<String>> partners = args.length > 1 ? partners(Path.of(args[1]), slugByPath) : Map.of();
    Embedder model = SemanticModel.open(index);
    try {
      for (boolean byMeaning : new boolean[] {false, true}) {
        try (SearchEngine engine = LuceneSearchEngine.open(index, Clock.systemUTC(), Duration.ZERO,
            byMeaning ? Optional.of(model) : Optional.empty())) {
          double tagShare = 0;
          int tagged = 0;
          double recall = 0;
          int judged = 0;
          int calls = 0;
          long start = System.nanoTime();
          for (Map.Entry<String, Set<String>> post : tagsBySlug.entrySet()) {
            Set<String> tags = post.getValue();
            Set<String> wanted = partners.getOrDefault(post.getKey(), Set.of());
            if (tags.isEmpty() && wanted.isEmpty()) {
              continue;
            }
            List<SearchHit> related = engine.related(post.getKey(), 10).orElse(List.of());
            calls++;
            List<SearchHit> firstFive = related.subList(0, Math.min(5, related.size()));
            if (!tags.isEmpty() && !firstFive.isEmpty()) {
              tagShare += (double) firstFive.stream().filter(hit -> hit.tags().stream()
                  .anyMatch(tag -> tags.contains(tag.toLowerCase(Locale.ROOT)))).count() / firstFive.size();
              tagged++;
            }
            if (!wanted.isEmpty()) {
              recall += (double) related.stream().filter(hit -> wanted.contains(hit.slug())).count() / wanted.size();
              judged++;
            }
          }
          System.out.printf(Locale.ROOT, "%s: tag share of the first 5 %s; partners in the first 10 %s; %.2f ms an answer%n",
              byMeaning ? "by meaning" : "by words",
              tagged == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d posts)", tagShare / tagged, tagged),
              judged == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d posts)", recall / judged, judged),
              (System.nanoTime() - start) / 1e6 / Math.max(1, calls));
        }
      }
    } finally {
      model.close();
    }
  }

  /** For each post judged right for a claim, the other posts judged right for the same claim. */
  private static Map<String, Set<String>> partners(Path judgments, Map<String, String> slugByPath) throws IOException {
    Map<String, List<String>> byClaim = new HashMap<>();
    for (String line : Files.readAllLines(judgments)) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length >= 3 && slugByPath.containsKey(fields[2])) {
        byClaim.computeIfAbsent(fields[0], claim -> new ArrayList<>()).add(slugByPath.get(fields[2]));
      }
    }
    Map<String, Set<String>> partners = new HashMap<>();
    for (List<String> posts : byClaim.values()) {
      for (String post : posts) {
        for (String other : posts) {
          if (!other.equals(post)) {
            partners.computeIfAbsent(post, p -> new HashSet<>()).add(other);
          }
        }
      }
    }
    return partners;
  }
}
