package org.blogsearch.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published or scheduled post, read from one Markdown file, with every text already reduced to
 * plain text.
 *
 * @param path the file's path relative to the content folder, with {@code /} separators; unique, so it
 *     is the post's identity in the index
 * @param slug the front matter {@code slug}, else the bundle folder or file name
 * @param url the front matter {@code url} (Zola: {@code path}), else the permalink pattern applied
 * @param title plain text, never empty
 * @param date the calendar date as written in the front matter (or the Jekyll file name), if any
 * @param tags as written, duplicates removed, in order
 * @param categories as written, duplicates removed, in order
 * @param summary the front matter {@code description} or {@code summary} as plain text, or empty
 * @param headings the text of each Markdown heading, in order
 * @param body the prose as a reader sees it: paragraphs separated by blank lines, no Markdown syntax,
 *     no HTML tags, no code blocks
 * @param code the text of the fenced and indented code blocks, separated by blank lines
 * @param markup what the reader does not see but may search for: link and image addresses, template
 *     tag arguments
 * @param language the post's language code ({@code en}, {@code zh-cn}) when the front matter, the
 *     file name or a language folder gives one
 * @param publishes the moment the post's date or publish date names, when it is still to come: the
 *     post is indexed ahead and must not be served before then
 * @param expires the moment the front matter's {@code expiryDate} names, after which the post must
 *     no longer be served even if the index still holds it
 */
public record Post(
    String path,
    String slug,
    String url,
    String title,
    Optional<LocalDate> date,
    List<String> tags,
    List<String> categories,
    String summary,
    List<String> headings,
    String body,
    String code,
    String markup,
    Optional<String> language,
    Optional<Instant> publishes,
    Optional<Instant> expires) {

  public Post {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    Objects.requireNonNull(summary, "summary");
    headings = List.copyOf(headings);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(markup, "markup");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(publishes, "publishes");
    Objects.requireNonNull(expires, "expires");
  }
}
