package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the real blogs in ../shared/corpora, when present, from two threads as the indexer does. */
class RealCorporaTest {

  private static final Path CORPORA = Path.of("../shared/corpora");
  private static final ExecutorService READERS = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stopReaders() {
    READERS.shutdownNow();
  }

  @Test
  void everyCorpusFileIsReadWithoutThrowingAndMostAreAccepted() throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(CORPORA), "no real corpora at " + CORPORA.toAbsolutePath() + "; skipped");
    List<Path> corpora;
    try (Stream<Path> list = Files.list(CORPORA)) {
      corpora = list.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(!corpora.isEmpty(), "no corpus folders in " + CORPORA);
    for (Path corpus : corpora) {
      readCorpus(corpus);
    }
  }

  private static void readCorpus(Path corpus)
      throws IOException, InterruptedException, ExecutionException {
    var folder = new ContentFolder(corpus, ContentOptions.defaults());
    List<String> files = folder.list().files();
    List<Future<ReadOutcome>> reads = new ArrayList<>();
    for (String file : files) {
      reads.add(READERS.submit(() -> folder.read(file)));
    }
    int accepted = 0;
    int unpublished = 0;
    int notAPost = 0;
    int warnings = 0;
    List<Problem> rejected = new ArrayList<>();
    for (Future<ReadOutcome> read : reads) {
      // get() rethrows whatever read() threw, failing the test with the cause.
      switch (read.get()) {
        case ReadOutcome.Accepted a -> {
          accepted++;
          warnings += a.warnings().size();
          assertTrue(!a.post().title().isBlank(), a.path());
        }
        case ReadOutcome.Unpublished u -> unpublished++;
        case ReadOutcome.KeptOut k -> unpublished++;
        case ReadOutcome.NotAPost n -> notAPost++;
        case ReadOutcome.Rejected r -> rejected.add(r.problem());
      }
    }
    System.out.printf(
        "%-18s files %5d  accepted %5d  unpublished %4d  not a post %3d  rejected %3d  warnings %3d%n",
        corpus.getFileName(), files.size(), accepted, unpublished, notAPost, rejected.size(), warnings);
    rejected.forEach(problem -> System.out.println("    " + problem));
    assertTrue(
        accepted >= files.size() * 0.9,
        corpus.getFileName() + ": only " + accepted + " of " + files.size() + " accepted");
  }
}
