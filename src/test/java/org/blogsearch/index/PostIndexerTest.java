package org.blogsearch.index;

import org.blogsearch.engine.IndexSummary;
import org.blogsearch.engine.IndexProgress;
import org.blogsearch.engine.IndexLockedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentListing;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.content.NamedPipe;
import org.blogsearch.content.Problem;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostIndexerTest {

  @TempDir Path temp;

  @Test
  void summaryCountsPostsAndNamesTheBrokenFile() throws IOException {
    IndexSummary summary = TestBlog.index(temp.resolve("index"));
    assertEquals(8, summary.added());
    assertEquals(8, summary.posts());
    assertEquals(List.of(Instant.parse("2099-01-01T00:00:00Z")), summary.scheduled(), "indexed ahead");
    assertEquals(Map.of(Reason.DRAFT, 1, Reason.EXPIRED, 1), summary.unpublished());
    assertEquals(1, summary.notPosts());
    assertEquals(1, summary.errors().size());
    Problem broken = summary.errors().getFirst();
    assertEquals("posts/broken.md", broken.path());
    assertTrue(broken.line() >= 2 && broken.line() <= 4, "line " + broken.line());
    assertTrue(broken.toString().startsWith("posts/broken.md:" + broken.line() + ": "), broken.toString());
  }

  @Test
  void secondRunTouchesOnlyWhatChanged() throws IOException {
    Path content = copyOfTestBlog();
    Path index = temp.resolve("index");
    TestBlog.indexer(content, index).index(false);

    IndexSummary again = TestBlog.indexer(content, index).index(false);
    assertEquals(List.of(0, 0, 0, 8), List.of(again.added(), again.updated(), again.deleted(), again.unchanged()));
    assertEquals(1, again.scheduled().size(), "still waiting, though not read again");

    Files.writeString(content.resolve("posts/new-year.md"),
        Files.readString(content.resolve("posts/new-year.md")).replace("mistake", "blunder"));
    Files.delete(content.resolve("posts/gsoc.md"));
    Files.writeString(content.resolve("posts/added.md"), "+++\ntitle = \"Added\"\ndate = 2023-01-01\n+++\nNew.\n");
    IndexSummary changed = TestBlog.indexer(content, index).index(false);
    assertEquals(List.of(1, 1, 1, 6), List.of(changed.added(), changed.updated(), changed.deleted(),
        changed.unchanged()));
    assertEquals(8, changed.posts());
  }

  @Test
  void aPostThatBreaksKeepsItsLastGoodVersion() throws IOException {
    Path content = copyOfTestBlog();
    Path index = temp.resolve("index");
    TestBlog.indexer(content, index).index(false);
    Files.writeString(content.resolve("posts/new-year.md"), "---\ntitle: [unclosed\n---\nBody\n");

    IndexSummary summary = TestBlog.indexer(content, index).index(false);
    assertEquals(8, summary.posts());
    assertTrue(summary.errors().stream().anyMatch(p -> p.path().equals("posts/new-year.md")
        && p.message().contains("previously indexed version is kept")), summary.errors().toString());
  }

  @Test
  void postsInAFolderThatCannotBeListedKeepTheirIndexedVersion() throws IOException {
    Path content = copyOfTestBlog();
    Path index = temp.resolve("index");
    TestBlog.indexer(content, index).index(false);

    // What the walk lists when it cannot read posts/ (root reads any folder, so it is made here).
    ContentListing all = new ContentFolder(content, ContentOptions.defaults()).list();
    Problem locked = new Problem("posts", 1, "cannot list folder: permission denied", Problem.Severity.ERROR);
    ContentListing listing = new ContentListing(
        all.files().stream().filter(file -> !file.startsWith("posts/")).toList(), List.of(locked), List.of("posts"));
    IndexSummary summary = TestBlog.indexer(content, index).index(listing, false, IndexProgress.SILENT, System.nanoTime());
    assertEquals(0, summary.deleted(), summary.toString());
    assertEquals(8, summary.posts());
    assertEquals(List.of(locked), summary.errors());
  }

  @Test
  void anUnreadableFolderKeepsItsPostsAndIsNamed() throws IOException {
    Path content = copyOfTestBlog();
    Path index = temp.resolve("index");
    TestBlog.indexer(content, index).index(false);
    Path locked = content.resolve("posts/lucene-bundle");
    Files.setPosixFilePermissions(locked, Set.of());
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "root reads any folder; the test above simulates one");
      IndexSummary summary = TestBlog.indexer(content, index).index(false);
      assertEquals(0, summary.deleted(), summary.toString());
      assertEquals(8, summary.posts());
      assertEquals(List.of("posts/lucene-bundle:1: cannot list folder: permission denied; the posts in it are "
          + "not read (any indexed before are kept)"), summary.errors().stream()
          .filter(p -> !p.path().equals("posts/broken.md")).map(Problem::toString).toList());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aPostReplacedByANamedPipeKeepsItsLastGoodVersion() throws Exception {
    Path content = copyOfTestBlog();
    Path index = temp.resolve("index");
    TestBlog.indexer(content, index).index(false);
    Files.delete(content.resolve("posts/new-year.md"));
    NamedPipe.create(content.resolve("posts/new-year.md"));

    IndexSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> TestBlog.indexer(content, index).index(false));
    assertEquals(0, summary.deleted(), summary.toString());
    assertEquals(8, summary.posts());
    assertTrue(summary.errors().stream().map(Problem::toString).anyMatch(problem -> problem.equals(
        "posts/new-year.md:1: not a regular file but a named pipe; only regular files are read "
        + "(the previously indexed version is kept)")), summary.errors().toString());
  }

  @Test
  void postsWithOneSlugAndUrlAreWarnedOfOnEveryRun() throws IOException {
    Path content = copyOfTestBlog();
    Files.writeString(content.resolve("posts/summer.md"),
        "+++\ntitle = \"GSoC again\"\nslug = \"gsoc-2018\"\n+++\nAnother summer.\n");
    Path index = temp.resolve("index");
    String warning = "posts/summer.md:1: same slug \"gsoc-2018\" and URL /posts/gsoc-2018/ as posts/gsoc.md: "
        + "only one of them can be reached there, and the slug names posts/gsoc.md, the first by path; "
        + "give this post its own slug or url";
    for (int run = 1; run <= 2; run++) {
      IndexSummary summary = TestBlog.indexer(content, index).index(false);
      assertEquals(List.of(warning), summary.warnings().stream().map(Problem::toString).toList(), "run " + run);
    }
  }

  @Test
  void fullRebuildReplacesEverything() throws IOException {
    Path index = temp.resolve("index");
    TestBlog.index(index);
    IndexSummary full = TestBlog.index(index);
    assertEquals(8, full.added());
    assertEquals(0, full.unchanged());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(8, reader.numDocs());
    }
  }

  @Test
  void secondWriterGetsAClearMessage() throws IOException {
    Path index = temp.resolve("index");
    TestBlog.index(index);
    try (IndexWriter holder = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      IndexLockedException e = assertThrows(IndexLockedException.class, () -> TestBlog.index(index));
      assertTrue(e.getMessage().contains("another blogsearch process is writing"), e.getMessage());
    }
  }

  @Test
  void vocabularyHoldsTheWordsReadersSeeAsWritten() throws IOException {
    Path index = temp.resolve("index");
    TestBlog.index(index);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(1, reader.docFreq(new Term(Schema.WORDS, "rollback")), "a body word");
      assertEquals(2, reader.docFreq(new Term(Schema.WORDS, "scheduler")), "body words of two posts");
      assertEquals(0, reader.docFreq(new Term(Schema.WORDS, "schedul")), "no stems");
      assertEquals(0, reader.docFreq(new Term(Schema.WORDS, "indexwriter")), "no code");
      assertEquals(1, reader.docFreq(new Term(Schema.WORDS, "community")), "a category");
      assertEquals(1, reader.docFreq(new Term(Schema.WORDS, "leap")), "a title word");
    }
  }

  @Test
  void progressHearsTheFileCountBeforeTheFirstFileIsDone() throws IOException {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    TestBlog.indexer(TestBlog.folder(), temp.resolve("index")).index(true, new IndexProgress() {
      @Override
      public void filesFound(int total) {
        heard.add("found " + total);
      }

      @Override
      public void filesDone(int done, int total) {
        heard.add(done + "/" + total);
      }
    });
    int files = TestBlog.fileCount();
    assertEquals("found " + files, heard.getFirst());
    assertEquals(files + 1, heard.size());
    assertTrue(heard.contains(files + "/" + files), heard.toString());
  }

  @Test
  void anIndexBuiltOtherwiseIsRebuiltAndSaysSo() throws IOException {
    Path index = temp.resolve("index");
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    IndexProgress listening = new IndexProgress() {
      @Override
      public void rebuilding() {
        heard.add("rebuilding");
      }

      @Override
      public void filesDone(int done, int total) {}
    };
    TestBlog.indexer(TestBlog.folder(), index).index(false, listening);
    assertEquals(List.of(), heard, "a new index is built, not rebuilt");
    assertEquals(0, TestBlog.indexer(TestBlog.folder(), index).index(false, listening).added());
    assertEquals(List.of(), heard, "nothing changed");
    PostIndexer otherSettings = new PostIndexer(
        new ContentFolder(TestBlog.folder(), new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false, TestBlog.CLOCK)),
        index, "other settings");
    assertTrue(otherSettings.builtByThisVersion(), "other settings, the same version");
    IndexSummary rebuilt = otherSettings.index(false, listening);
    assertEquals(List.of("rebuilding"), heard);
    assertEquals(8, rebuilt.added());
    assertEquals(0, rebuilt.unchanged());
  }

  @Test
  void anIndexOfAnotherVersionIsNotReadAsThisOne() throws IOException {
    Path index = temp.resolve("index");
    PostIndexer indexer = TestBlog.indexer(TestBlog.folder(), index);
    assertFalse(indexer.builtByThisVersion(), "no index yet");
    indexer.index(false);
    assertTrue(indexer.builtByThisVersion());
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("blogsearch.fingerprint", "0|test").entrySet());
      writer.commit();
    }
    assertFalse(indexer.builtByThisVersion());
    assertEquals(8, indexer.index(false).added());
    assertTrue(indexer.builtByThisVersion());
  }

  @Test
  void missingIndexDoesNotExist() throws IOException {
    assertEquals(false, PostIndexer.exists(temp.resolve("nothing")));
  }

  private Path copyOfTestBlog() throws IOException {
    Path copy = temp.resolve("content");
    try (var files = Files.walk(TestBlog.folder())) {
      for (Path source : files.toList()) {
        Path target = copy.resolve(TestBlog.folder().relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return copy;
  }
}
