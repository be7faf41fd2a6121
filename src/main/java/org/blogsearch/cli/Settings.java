package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.engine.Indexer;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.semantic.Embedder;
import org.blogsearch.engine.SearchEngine;

/**
 * The one configuration record every command is built from, and the one place where the engine's
 * pieces (its indexer and its searcher) are chosen and wired together from it.
 */
record Settings(Path content, Path index, ContentOptions contentOptions) {

  /** Settings for commands that only read the index. */
  static Settings forIndex(Path index) {
    return new Settings(Path.of("content"), index, ContentOptions.defaults());
  }

  ContentFolder contentFolder() {
    return new ContentFolder(content, contentOptions);
  }

  /** The indexer; posts are read again when the options that shape them change. */
  Indexer indexer() {
    return new PostIndexer(contentFolder(), index, contentOptions.fingerprint());
  }

  /** The indexer, also embedding each post when a {@code meaning} model is given. */
  Indexer indexer(Optional<Embedder> meaning) {
    return meaning.<Indexer>map(model -> new PostIndexer(contentFolder(), index, contentOptions.fingerprint())
        .embeddingWith(model)).orElseGet(this::indexer);
  }

  SearchEngine engine() throws IOException {
    return LuceneSearchEngine.open(index);
  }

  /** The engine a server answers with: a search taking longer than {@code timeout} is stopped. */
  SearchEngine engine(Duration timeout) throws IOException {
    return engine(timeout, Optional.empty());
  }

  /** The engine a server answers with, also searching by meaning when a {@code meaning} model is given. */
  SearchEngine engine(Duration timeout, Optional<Embedder> meaning) throws IOException {
    return LuceneSearchEngine.open(index, Clock.systemUTC(), timeout, meaning);
  }

  /**
   * Where the query log of an index is kept by default: beside the index folder, never inside it,
   * where it would be mistaken for part of the index ({@code index} keeps {@code index-queries}).
   */
  static Path queryLogBeside(Path index) {
    Path folder = index.toAbsolutePath().normalize();
    return folder.getFileName() == null ? folder.resolve("blogsearch-queries")
        : folder.resolveSibling(folder.getFileName() + "-queries");
  }
}
