package org.blogsearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SnapshotDocsQueryTest {

  @Test
  void matchesExactlyTheGivenDocumentsAcrossSegments() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 5; i++) {
          Document doc = new Document();
          doc.add(new StringField("n", segment + "-" + i, Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertEquals(3, reader.leaves().size());
        IndexSearcher searcher = new IndexSearcher(reader);
        int[] wanted = {13, 0, 4, 5, 9};
        int[] found = Arrays.stream(searcher.search(new SnapshotDocsQuery(reader, wanted), 100).scoreDocs)
            .mapToInt(hit -> hit.doc).sorted().toArray();
        assertArrayEquals(new int[] {0, 4, 5, 9, 13}, found);
        assertEquals(0, searcher.count(new SnapshotDocsQuery(reader, new int[0])));

        try (DirectoryReader other = DirectoryReader.open(dir)) {
          assertThrows(IllegalStateException.class,
              () -> new IndexSearcher(other).count(new SnapshotDocsQuery(reader, wanted)));
        }
      }
    }
  }
}
