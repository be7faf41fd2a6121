package org.blogsearch.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * File names that Java cannot hand on as text: a name's bytes are decoded with the system's file name
 * encoding, and bytes that are not valid there come back as U+FFFD, a name that opens no file.
 * Stateless.
 */
final class FileNames {

  private FileNames() {}

  /**
   * Why {@code file}, whose path relative to {@code root} reads as {@code relative}, cannot be opened
   * by that text, with the path as its bytes read (each byte that is not UTF-8 written as {@code \xE9});
   * empty when the text names the file.
   */
  static Optional<Problem> unreadable(Path root, Path file, String relative) {
    if (namesTheFile(root, file, relative)) {
      return Optional.empty();
    }
    byte[] bytes = relativeBytes(root, file);
    StringBuilder escaped = new StringBuilder();
    boolean utf8 = decode(bytes, escaped);
    String reason = utf8
        ? "file name cannot be read in this system's file name encoding ("
            + System.getProperty("sun.jnu.encoding") + "); run blogsearch with a UTF-8 locale, such as LANG=C.UTF-8"
        : "file name is not valid UTF-8; rename it to index it";
    return Optional.of(new Problem(escaped.toString(), 1, reason, Problem.Severity.ERROR));
  }

  private static boolean namesTheFile(Path root, Path file, String relative) {
    try {
      return root.resolve(relative).equals(file);
    } catch (InvalidPathException e) {
      // The text holds characters the system's file name encoding cannot write back.
      return false;
    }
  }

  /** The bytes of the path below root, as the file system holds them (a file URI keeps every byte). */
  private static byte[] relativeBytes(Path root, Path file) {
    byte[] whole = uriBytes(file);
    byte[] prefix = uriBytes(root);
    int start = prefix.length + (prefix.length > 0 && prefix[prefix.length - 1] == '/' ? 0 : 1);
    int end = whole.length > start && whole[whole.length - 1] == '/' ? whole.length - 1 : whole.length;
    return Arrays.copyOfRange(whole, Math.min(start, end), end);
  }

  private static byte[] uriBytes(Path path) {
    String raw = path.toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toByteArray();
  }

  /** Decodes {@code bytes} as UTF-8 into {@code text}, writing bad bytes as {@code \xE9}; whether all were good. */
  private static boolean decode(byte[] bytes, StringBuilder text) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    boolean good = true;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      text.append(out.flip());
      out.clear();
      if (result.isUnderflow()) {
        return good;
      }
      good = false;
      for (int i = 0; i < result.length(); i++) {
        text.append("\\x").append(HexFormat.of().withUpperCase().toHexDigits(in.get()));
      }
    }
  }
}
