package org.blogsearch.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lists the Markdown files of a content folder. Symbolic links are followed while they stay inside
 * the folder; hidden files and folders (.git, editor backups) are skipped. Whatever else keeps a
 * file out is reported, so that no post goes missing without a word.
 */
final class MarkdownFiles {

  private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".mdx");
  private static final List<String> FRONT_MATTER_STARTS = List.of("+++", "---");

  private MarkdownFiles() {}

  static ContentListing list(Path root) throws IOException {
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
    List<Problem> problems = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            if (isHidden(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (leavesRoot(dir, realRoot)) {
              problems.add(warning(root, dir, "symbolic link leads out of the content folder; not followed"));
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
              // Links are followed, so a link seen as a link leads nowhere.
              problems.add(warning(root, file, "broken symbolic link: it points to nothing"));
              return FileVisitResult.CONTINUE;
            }
            if (isMarkdown(file)) {
              String path = relative(root, file);
              Optional<Problem> unreadableName = FileNames.unreadable(root, file, path);
              // A named pipe or other special file named as a post is listed too: reading it says why
              // it is not read, and a post whose file it replaced keeps its last good version.
              if (unreadableName.isPresent()) {
                problems.add(unreadableName.get());
              } else if (leavesRoot(file, realRoot)) {
                problems.add(warning(root, file, "symbolic link leads out of the content folder; not followed"));
              } else {
                files.add(path);
              }
            } else if (attrs.isRegularFile() && hasNoExtension(file) && startsWithFrontMatter(file)) {
              problems.add(warning(root, file,
                  "looks like a post but its name does not end in .md; rename it to index it"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
              throw new IOException("cannot read content folder " + root + ": " + e.getMessage(), e);
            }
            // One unreadable folder or a link loop must not hide the rest of the blog.
            if (e instanceof FileSystemLoopException) {
              problems.add(warning(root, file, "symbolic link loops back to a folder above it; not followed"));
              return FileVisitResult.CONTINUE;
            }
            // Whether its posts are still there is unknown: the index keeps those it holds.
            unread.add(relative(root, file));
            String what = Files.isDirectory(file) ? "cannot list folder: " : "cannot read: ";
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            problems.add(error(root, file, what + why + "; the posts in it are not read (any indexed before are kept)"));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    problems.sort(Comparator.comparing(Problem::path));
    unread.sort(null);
    return new ContentListing(files, problems, unread);
  }

  private static Problem warning(Path root, Path file, String message) {
    return new Problem(relative(root, file), 1, message, Problem.Severity.WARNING);
  }

  private static Problem error(Path root, Path file, String message) {
    return new Problem(relative(root, file), 1, message, Problem.Severity.ERROR);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isMarkdown(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static boolean hasNoExtension(Path file) {
    return !file.getFileName().toString().contains(".");
  }

  private static boolean startsWithFrontMatter(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String start = new String(in.readNBytes(3), StandardCharsets.UTF_8);
      return FRONT_MATTER_STARTS.contains(start);
    } catch (IOException e) {
      return false;
    }
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
    List<String> parts = new ArrayList<>();
    root.relativize(file).forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }
}
