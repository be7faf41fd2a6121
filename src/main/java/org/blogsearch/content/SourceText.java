package org.blogsearch.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The text of one content file: UTF-8 decoded, BOM removed, every line ending turned into {@code \n}
 * so that line numbers agree with what an editor shows.
 */
record SourceText(String text) {

  private static final int BINARY_SNIFF_BYTES = 8 * 1024;
  // The file type bits of a POSIX mode, as stat(2) gives them.
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  static SourceText load(Path file, long maxBytes, Warnings warnings) throws RejectedFile {
    byte[] bytes = readBytes(file, maxBytes);
    for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        throw new RejectedFile(1, "not a text file");
      }
    }
    String text = normalizeLineEndings(decode(bytes, warnings));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new RejectedFile(1, "empty file");
    }
    return new SourceText(text);
  }

  private static byte[] readBytes(Path file, long maxBytes) throws RejectedFile {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        // Never opened: opening a named pipe waits for a writer, for ever if none comes.
        throw new RejectedFile(1, "not a regular file but " + kind(file, attributes)
            + "; only regular files are read");
      }
      long size = attributes.size();
      if (size > maxBytes) {
        throw new RejectedFile(1, "file is " + humanSize(size) + ", over the " + humanSize(maxBytes)
            + " limit (--max-file-size)");
      }
      byte[] bytes = Files.readAllBytes(file);
      // The file may have grown between the two calls.
      if (bytes.length > maxBytes) {
        throw new RejectedFile(1, "file is over the " + humanSize(maxBytes) + " limit (--max-file-size)");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new RejectedFile(1, "cannot read file: it does not exist");
    } catch (AccessDeniedException e) {
      throw new RejectedFile(1, "cannot read file: permission denied");
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new RejectedFile(1, "cannot read file: " + reason);
    }
  }

  /** What a file that is not a regular file is, in words. */
  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    try {
      return switch ((Integer) Files.getAttribute(file, "unix:mode") & S_IFMT) {
        case S_IFIFO -> "a named pipe";
        case S_IFSOCK -> "a socket";
        case S_IFCHR, S_IFBLK -> "a device";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /** Decodes leniently, so one bad byte costs a warning, not the post. */
  private static String decode(byte[] bytes, Warnings warnings) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never yields more chars than bytes, and each bad sequence becomes a single U+FFFD.
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    int firstBad = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isOverflow()) {
        // Cannot happen given the buffer size; fall back to the JDK's replacing decoder.
        return new String(bytes, StandardCharsets.UTF_8);
      }
      if (firstBad < 0) {
        firstBad = in.position();
      }
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    decoder.flush(out);
    if (firstBad >= 0) {
      warnings.add(lineAt(bytes, firstBad), "invalid UTF-8; bad bytes were replaced with \uFFFD");
    }
    return out.flip().toString();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String normalizeLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A size as a person reads it: {@code 12 MB}, {@code 2.5 KB}. */
  private static String humanSize(long bytes) {
    double kilobytes = bytes / 1024.0;
    String text = kilobytes >= 1024
        ? String.format(Locale.ROOT, "%.1f MB", kilobytes / 1024)
        : String.format(Locale.ROOT, "%.1f KB", kilobytes);
    return text.replace(".0 ", " ");
  }
}
