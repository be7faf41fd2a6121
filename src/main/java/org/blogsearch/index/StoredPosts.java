package org.blogsearch.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.blogsearch.content.Namesakes;

/** What an index holds of each of its posts, read back from the stored fields. Stateless. */
final class StoredPosts {

  private StoredPosts() {}

  /** The hash of every post's file, by path. */
  static Map<String, String> hashes(IndexReader reader) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    forEach(reader, Set.of(Schema.ID, Schema.HASH), post -> hashes.put(post.get(Schema.ID), post.get(Schema.HASH)));
    return hashes;
  }

  /** Where every post is found. */
  static List<Namesakes.Address> addresses(IndexReader reader) throws IOException {
    List<Namesakes.Address> addresses = new ArrayList<>();
    forEach(reader, Set.of(Schema.ID, Schema.SLUG, Schema.URL), post -> addresses.add(
        new Namesakes.Address(post.get(Schema.ID), post.get(Schema.SLUG), post.get(Schema.URL))));
    return addresses;
  }

  /** The moments from which the posts not yet served at {@code now} will be, soonest first. */
  static List<Instant> scheduledAfter(IndexReader reader, Instant now) throws IOException {
    List<Instant> moments = new ArrayList<>();
    forEach(reader, Set.of(Schema.PUBLISHES), post -> {
      IndexableField publishes = post.getField(Schema.PUBLISHES);
      if (publishes != null && publishes.numericValue().longValue() > now.toEpochMilli()) {
        moments.add(Instant.ofEpochMilli(publishes.numericValue().longValue()));
      }
    });
    moments.sort(null);
    return moments;
  }

  private static void forEach(IndexReader reader, Set<String> fields, Consumer<Document> each) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields storedFields = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          each.accept(storedFields.document(doc, fields));
        }
      }
    }
  }
}
