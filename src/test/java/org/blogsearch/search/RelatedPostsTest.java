package org.blogsearch.search;

import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchHit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related posts of a slug that more than one post has. */
class RelatedPostsTest {

  private static final Path RUST_BLOG = Path.of("../shared/corpora/rust-blog");

  @TempDir Path temp;

  private static void post(Path content, String path, String frontMatter, String body) throws IOException {
    Files.createDirectories(content.resolve(path).getParent());
    Files.writeString(content.resolve(path), "+++\n" + frontMatter + "\n+++\n\n" + body + "\n");
  }

  @Test
  void relatedPostsOfASharedSlugAreThoseOfTheFirstByPathAndNeverItsNamesakes() throws IOException {
    Path content = temp.resolve("content");
    post(content, "all-hands.md", "title = \"All hands in Berlin\"\nurl = \"/all-hands/\"",
        "The teams met in Berlin for a recap of the working groups and the compiler roadmap.");
    post(content, "inside-rust/all-hands.md", "title = \"Save the date: all hands in Utrecht\"\nurl = \"/all-hands/\"",
        "Save the date: the teams meet in Utrecht, and the working groups plan the compiler roadmap.");
    post(content, "moved-all-hands.md", "title = \"All hands moved\"\nslug = \"moved\"\nurl = \"/all-hands/\"",
        "The Berlin teams and working groups moved the compiler roadmap recap.");
    post(content, "berlin.md", "title = \"Berlin recap\"", "A recap of Berlin: the teams and the working groups.");
    post(content, "utrecht.md", "title = \"Utrecht\"", "Save the date for Utrecht.");
    Path index = temp.resolve("index");
    TestBlog.indexer(content, index).index(true);

    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      List<SearchHit> related = engine.related("all-hands", 5).orElseThrow();
      assertFalse(related.isEmpty());
      assertEquals("berlin", related.getFirst().slug(), "like all-hands.md, the first by path: " + related);
      assertTrue(related.stream().noneMatch(hit -> hit.slug().equals("all-hands") || hit.url().equals("/all-hands/")),
          related.toString());
    }
  }

  @Test
  void relatedPostsOfTheRustBlogsAllHandsAreNeverTheOtherAllHands() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(RUST_BLOG), "no corpus at " + RUST_BLOG.toAbsolutePath() + "; skipped");
    Path index = temp.resolve("rust-blog");
    new PostIndexer(new ContentFolder(RUST_BLOG, ContentOptions.defaults()), index, "test").index(true);
    try (SearchEngine engine = LuceneSearchEngine.open(index)) {
      for (String slug : List.of("all-hands", "electing-new-project-directors")) {
        List<SearchHit> related = engine.related(slug, 5).orElseThrow();
        assertFalse(related.isEmpty(), slug);
        assertTrue(related.stream().noneMatch(hit -> hit.slug().equals(slug)), slug + ": " + related);
      }
    }
  }
}
