package org.blogsearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.blogsearch.content.Post;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.semantic.PostText;

/** Turns a post into the Lucene document the {@link Schema} describes. */
final class PostDocuments {

  private PostDocuments() {}

  /**
   * Adds or replaces the post's document. Its vocabulary is gathered while its other fields are
   * analysed, and indexed last.
   */
  static void index(IndexWriter writer, Term id, Post post, String hash, Optional<Embedder> meaning)
      throws IOException {
    Set<String> vocabulary = new LinkedHashSet<>();
    Document doc = toDocument(post, hash);
    meaning.ifPresent(model -> addMeaning(doc, post, model));
    doc.add(new Field(Schema.WORDS, new WordList(vocabulary), Schema.VOCABULARY));
    try (VocabularyTap.Capture capture = VocabularyTap.into(vocabulary)) {
      writer.updateDocument(id, doc);
    }
  }

  /** The vectors of the post's passages; its opening's goes into the graph that finds posts. */
  private static void addMeaning(Document doc, Post post, Embedder model) {
    float[][] vectors = PostText.passages(post).stream().map(model::embed).toArray(float[][]::new);
    doc.add(Schema.meaning(vectors[0]));
    doc.add(Schema.passages(vectors));
  }

  /** The prose fields again, each as often as it weighs, as one field to score words in. */
  private static void addProse(Document doc, Post post) {
    Map<String, String> prose = Map.of(Schema.TITLE, post.title(), Schema.SUMMARY, post.summary(),
        Schema.HEADINGS, String.join("\n", post.headings()), Schema.BODY, post.body(),
        Schema.LABELS, String.join("\n", labels(post)));
    Schema.proseRepeats().forEach((field, repeats) -> {
      for (int i = 0; i < repeats; i++) {
        doc.add(new Field(Schema.PROSE, prose.get(field), Schema.SCORED_ONLY));
      }
    });
  }

  private static List<String> labels(Post post) {
    List<String> labels = new ArrayList<>(post.tags());
    labels.addAll(post.categories());
    return labels;
  }

  private static Document toDocument(Post post, String hash) {
    Document doc = new Document();
    doc.add(new KeywordField(Schema.ID, post.path(), Store.YES));
    doc.add(new StoredField(Schema.HASH, hash));
    doc.add(new KeywordField(Schema.SLUG, post.slug(), Store.YES));
    doc.add(new KeywordField(Schema.URL, post.url(), Store.YES));
    doc.add(new TextField(Schema.TITLE, post.title(), Store.YES));
    doc.add(new TextField(Schema.SUMMARY, post.summary(), Store.YES));
    doc.add(new TextField(Schema.HEADINGS, String.join("\n", post.headings()), Store.NO));
    doc.add(new Field(Schema.BODY, post.body(), Schema.SNIPPET_SOURCE));
    doc.add(new Field(Schema.CODE, post.code(), Schema.SNIPPET_SOURCE));
    doc.add(new TextField(Schema.MARKUP, post.markup(), Store.NO));

    Set<String> normalizedTags = new LinkedHashSet<>();
    for (String tag : post.tags()) {
      doc.add(new StoredField(Schema.TAG_DISPLAY, tag));
      doc.add(new TextField(Schema.LABELS, tag, Store.NO));
      normalizedTags.add(Schema.normalizeTag(tag));
    }
    normalizedTags.forEach(tag -> doc.add(new KeywordField(Schema.TAG, tag, Store.NO)));
    for (String category : post.categories()) {
      doc.add(new StoredField(Schema.CATEGORY_DISPLAY, category));
      doc.add(new TextField(Schema.LABELS, category, Store.NO));
    }

    addProse(doc, post);
    post.language().ifPresent(language -> doc.add(new KeywordField(Schema.LANGUAGE, language, Store.YES)));
    post.date().ifPresent(date -> {
      doc.add(new LongField(Schema.DATE, date.toEpochDay(), Store.YES));
      doc.add(new KeywordField(Schema.YEAR, Integer.toString(date.getYear()), Store.NO));
    });
    post.publishes().ifPresent(moment -> {
      doc.add(new LongPoint(Schema.PUBLISHES, moment.toEpochMilli()));
      doc.add(new StoredField(Schema.PUBLISHES, moment.toEpochMilli()));
    });
    post.expires().ifPresent(moment -> doc.add(new LongPoint(Schema.EXPIRES, moment.toEpochMilli())));
    return doc;
  }
}
