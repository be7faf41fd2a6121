package org.blogsearch.content;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/** Turns Markdown into the plain text a reader sees, with headings and code blocks kept apart. */
final class MarkdownText {

  /**
   * A Markdown document as text.
   *
   * @param body prose, blocks separated by blank lines
   * @param headings each heading's text, in order
   * @param code the code blocks, separated by blank lines
   * @param markup what the reader does not see: link and image addresses, template tags
   */
  record Rendered(String body, List<String> headings, String code, String markup) {
    Rendered {
      headings = List.copyOf(headings);
    }
  }

  // A commonmark Parser is thread-safe; one serves every read.
  private final Parser parser =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
          .build();

  Rendered render(String markdown) {
    TemplateTags.Stripped stripped = TemplateTags.strip(markdown);
    return PlainTextWriter.render(parser.parse(stripped.markdown()), stripped.tags());
  }

  /** Short Markdown, such as a front matter description, as one line of plain text. */
  String plain(String markdown) {
    Rendered rendered = render(markdown);
    String text = rendered.body().isEmpty() ? String.join(" ", rendered.headings()) : rendered.body();
    return PlainTextLayout.oneLine(text);
  }
}
