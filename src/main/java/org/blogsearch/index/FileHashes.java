package org.blogsearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of content files, which tells an edited post from an untouched one whatever its mtime.
 * A file whose size and modification time are what they were at the last look is not read again,
 * so a long-running server that reindexes on every save reads only the files that changed.
 * Thread-safe.
 */
public final class FileHashes {

  /** Files are never indexed past this size anyway; their hash need not be exact. */
  private static final long HASHED_BYTES_LIMIT = 64L << 20;

  private record Seen(long size, long modifiedNanos, String hash) {}

  private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

  /** The file's hash; empty text when it cannot be read, which forces a read that reports why. */
  public String of(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      Seen last = seen.get(file);
      if (last != null && last.size() == attributes.size() && last.modifiedNanos() == modified) {
        return last.hash();
      }
      String hash = digest(file, attributes);
      seen.put(file, new Seen(attributes.size(), modified, hash));
      return hash;
    } catch (IOException e) {
      seen.remove(file);
      return "";
    }
  }

  private static String digest(Path file, BasicFileAttributes attributes) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (attributes.isRegularFile() && attributes.size() <= HASHED_BYTES_LIMIT) {
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
