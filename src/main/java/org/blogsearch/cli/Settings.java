package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.search.LuceneSearchEngine;
import org.blogsearch.search.SearchEngine;

/**
 * The one configuration record every command is built from, and the place where the pieces are wired
 * together from it.
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
  PostIndexer indexer() {
    return new PostIndexer(contentFolder(), index, contentOptions.fingerprint());
  }

  SearchEngine engine() throws IOException {
    return LuceneSearchEngine.open(index);
  }
}
