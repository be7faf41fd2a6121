package org.blogsearch.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's place in the content folder says about it: its name (the bundle folder for
 * {@code index.md}), its section, a Jekyll date prefix, and whether it is a section page or a draft.
 *
 * @param name the file name without extension, or the bundle folder, with any Jekyll date removed
 * @param section the first folder under the root without a leading underscore; empty at the root
 * @param sectionPage whether the file is a section's {@code _index.md}
 * @param inDrafts whether the file lies under Jekyll's {@code _drafts} folder
 * @param fileDate the date of a Jekyll name such as {@code 2018-08-13-my-title.md}
 * @param language from a Hugo name such as {@code about.fr.md}, or a language folder among the
 *     first two ({@code content/zh/}, {@code site/ja/})
 */
record PostPath(
    String name,
    String section,
    boolean sectionPage,
    boolean inDrafts,
    Optional<LocalDate> fileDate,
    Optional<String> language) {

  private static final Pattern JEKYLL_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");

  static PostPath of(String relativePath) {
    String[] parts = relativePath.split("/");
    String fileName = parts[parts.length - 1];
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    Optional<String> language = Optional.empty();
    int languageDot = stem.lastIndexOf('.');
    if (languageDot > 0) {
      language = Languages.code(stem.substring(languageDot + 1));
      if (language.isPresent()) {
        stem = stem.substring(0, languageDot);
      }
    }
    for (int i = 0; i < Math.min(2, parts.length - 1) && language.isEmpty(); i++) {
      language = Languages.code(parts[i]);
    }
    boolean bundle = stem.equals("index") && parts.length > 1;
    String name = bundle ? parts[parts.length - 2] : stem;

    Optional<LocalDate> fileDate = Optional.empty();
    Matcher jekyll = JEKYLL_NAME.matcher(name);
    if (jekyll.matches()) {
      try {
        fileDate =
            Optional.of(
                LocalDate.of(
                    Integer.parseInt(jekyll.group(1)),
                    Integer.parseInt(jekyll.group(2)),
                    Integer.parseInt(jekyll.group(3))));
        name = jekyll.group(4);
      } catch (DateTimeException e) {
        // Not a date after all (2018-13-45-x): the name stays whole.
      }
    }

    // A bundle at the root, my-post/index.md, is a root-level post, not a section of its own.
    int folders = parts.length - (bundle ? 2 : 1);
    String section = folders > 0 ? stripUnderscore(parts[0]) : "";
    boolean inDrafts = false;
    for (int i = 0; i < parts.length - 1; i++) {
      inDrafts |= parts[i].equals("_drafts");
    }
    return new PostPath(name, section, stem.equals("_index"), inDrafts, fileDate, language);
  }

  /** The slug when the front matter has none: the name, lower-cased, spaces turned into dashes. */
  String defaultSlug() {
    return String.join("-", name.toLowerCase(Locale.ROOT).strip().split("\\s+"));
  }

  /** The title when neither front matter nor a heading gives one: {@code my-first-post} -> {@code my first post}. */
  String titleFromName() {
    return name.replace('-', ' ').replace('_', ' ').strip();
  }

  private static String stripUnderscore(String folder) {
    return folder.startsWith("_") ? folder.substring(1) : folder;
  }
}
