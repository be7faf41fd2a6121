package org.blogsearch.content;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the Markdown files of a content folder. Symbolic links are followed while they stay inside
 * the folder; hidden files and folders (.git, editor backups) are skipped.
 */
final class MarkdownFiles {

  private static final Logger LOG = LoggerFactory.getLogger(MarkdownFiles.class);
  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx");

  private MarkdownFiles() {}

  /** Relative paths with {@code /} separators, sorted. */
  static List<String> list(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString(), null, "content folder does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new IOException("content folder " + root + " is not a folder");
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new IOException("cannot read content folder " + root + ": " + e.getMessage(), e);
    }
    List<String> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            return isHidden(dir) || leavesRoot(dir, realRoot)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile()
                && isMarkdown(file)
                && !isHidden(file)
                && !leavesRoot(file, realRoot)) {
              files.add(relative(root, file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
              throw new IOException("cannot read content folder " + root + ": " + e.getMessage(), e);
            }
            // One unreadable folder or a link loop must not hide the rest of the blog.
            if (!(e instanceof FileSystemLoopException)) {
              LOG.warn("skipping {}: {}", file, e.toString());
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return List.copyOf(files);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static boolean leavesRoot(Path path, Path realRoot) {
    if (!Files.isSymbolicLink(path)) {
      return false;
    }
    try {
      return !path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return true;
    }
  }

  private static String relative(Path root, Path file) {
    Path relative = root.relativize(file);
    var text = new StringBuilder();
    for (Path part : relative) {
      if (!text.isEmpty()) {
        text.append('/');
      }
      text.append(part);
    }
    return text.toString();
  }
}
