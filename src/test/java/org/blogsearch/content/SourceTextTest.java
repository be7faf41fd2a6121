package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

  @TempDir Path root;

  private ReadOutcome read(String name, byte[] bytes) throws IOException {
    Files.write(root.resolve(name), bytes);
    return new ContentFolder(root, ContentFolderTest.OPTIONS).read(name);
  }

  private String rejection(String name, byte[] bytes) throws IOException {
    return assertInstanceOf(ReadOutcome.Rejected.class, read(name, bytes)).problem().toString();
  }

  @Test
  void invalidUtf8IsReplacedWithAWarningOnItsLine() throws IOException {
    byte[] bytes = "---\ntitle: Caf\u00e9\n---\nbad \u00ff byte\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    var outcome = assertInstanceOf(ReadOutcome.Accepted.class, read("latin1.md", bytes));
    assertEquals("Caf\uFFFD", outcome.post().title());
    assertEquals("bad \uFFFD byte", outcome.post().body());
    assertEquals(
        List.of("latin1.md:2: invalid UTF-8; bad bytes were replaced with \uFFFD"),
        outcome.warnings().stream().map(Problem::toString).toList());
  }

  @Test
  void emptyOrBlankFileIsRejected() throws IOException {
    assertEquals("empty.md:1: empty file", rejection("empty.md", new byte[0]));
    assertEquals("blank.md:1: empty file", rejection("blank.md", " \r\n\t\n".getBytes()));
    assertEquals("bom.md:1: empty file", rejection("bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
  }

  @Test
  void binaryFileIsRejected() throws IOException {
    assertEquals("image.md:1: not a text file", rejection("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
  }

  @Test
  void fileOverTenMegabytesIsRejected() throws IOException {
    Path big = root.resolve("big.md");
    try (var file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(12L * 1024 * 1024); // sparse: no 12 MB written to disk
    }
    assertEquals(
        "big.md:1: file is 12 MB, over the 10 MB limit (--max-file-size)",
        assertInstanceOf(ReadOutcome.Rejected.class, new ContentFolder(root, ContentFolderTest.OPTIONS).read("big.md"))
            .problem()
            .toString());
  }

  @Test
  void sizeLimitIsAnOption() throws IOException {
    Files.write(root.resolve("long.md"), ("---\ntitle: Long\n---\n" + "word ".repeat(400)).getBytes());
    var small = new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false, ContentFolderTest.CLOCK, 1024);
    String problem = assertInstanceOf(ReadOutcome.Rejected.class, new ContentFolder(root, small).read("long.md"))
        .problem().toString();
    assertEquals("long.md:1: file is 2 KB, over the 1 KB limit (--max-file-size)", problem);
  }

  @Test
  void folderNamedLikeAFileIsRejectedNotThrown() throws IOException {
    Files.createDirectories(root.resolve("odd.md"));
    var outcome = new ContentFolder(root, ContentFolderTest.OPTIONS).read("odd.md");
    assertInstanceOf(ReadOutcome.Rejected.class, outcome);
  }

  @Test
  void lineNumbersCountCrlfAndLoneCrAsOneLine() throws IOException {
    String problem = rejection("mac.md", "\r\n\r+++\rtitle = \"x\"\r".getBytes());
    assertEquals("mac.md:3: front matter opened with \"+++\" is never closed", problem);
  }
}
